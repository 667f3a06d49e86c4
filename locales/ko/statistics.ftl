# 공개 통계 페이지 (/statistics). 숫자만 있으며, 어느 한 사람에 대한 내용은 없습니다.
statistics-title = 숫자로 보는 Clean Slate
statistics-heading = 숫자로 보는 Clean Slate
statistics-lead = 주의 자동 기록 정리가 지금까지 한 일과, 사람들이 알린 잘못에 얼마나 빨리 답변했는지 보여 줍니다. 누구나 이 페이지를 볼 수 있습니다.
statistics-clearance-heading = 자동으로 정리된 기록
statistics-no-review = 주 정부가 아직 정리를 위한 기록 검토를 하지 않았습니다.
statistics-latest-review = 가장 최근의 전체 기록 검토는 { $date } 기준 { $law }에 따라 이루어졌습니다.
statistics-clearance-caption = 가장 최근 검토
statistics-what = 센 것
statistics-how-many = 수
statistics-people = 기록이 있는 사람
statistics-charges = 그 기록에 있는 혐의
statistics-cleared = 정리된 혐의: 공개 신원 조회에 나타나지 않음
statistics-waiting = 대기 기간이 지나면 나중에 정리될 수 있는 혐의
statistics-not-cleared = 법이 정리하지 않는 혐의
statistics-cleared-share = 전체 혐의의 { $percent }%가 정리되었습니다.
statistics-sealed-in-all = { $count ->
   *[other] 첫 검토 이후 혐의 { $number }건이 봉인되었습니다. 봉인된 기록은 없어진 것이 아닙니다. 경찰, 법원, 일부 자격증 발급 기관은 여전히 볼 수 있습니다.
}
statistics-disputes-heading = 알려진 잘못
statistics-no-disputes = 아직 기록의 잘못을 알린 사람이 없습니다.
statistics-disputes-caption = 기록의 잘못에 대한 이의 신청
statistics-disputes-received = 받은 이의 신청
statistics-disputes-corrected = 기록이 정정됨
statistics-disputes-not-changed = 기록이 맞다고 판단되어 바뀌지 않음
statistics-disputes-open = 아직 검토 중
statistics-disputes-overdue = 기관의 기한이 지났는데도 아직 검토 중
statistics-disputes-on-time = 결정된 이의 신청 { $decided }건 중 { $on_time }건({ $percent }%)이 기관의 기한 안에 답변되었습니다.
statistics-privacy = 숫자만 있습니다. 이름, 생년월일, 사건 내용은 들어 있지 않아서 누구인지 알아낼 수 없습니다.
footer-statistics = 숫자로 보는 Clean Slate
# 큰 수에서 세 자리마다 넣는 기호.
number-thousands-separator = ,
number-decimal-separator = .
