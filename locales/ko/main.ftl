# 모든 페이지에 공통: 서비스 이름, 레이아웃, 메뉴, 입력 양식 요소.
service-name = 나의 기록
layout-skip-to-content = 본문으로 바로 가기
layout-nav-label = 주 메뉴
layout-footer-synthetic = ‘나의 기록’은 주 정부가 보관하고 있는 범죄 기록과, 주의 Clean Slate 법(범죄 기록을 자동으로 정리해 새 출발을 돕는 법)이 그 기록을 어떻게 처리했는지 보여 줍니다. 법률 자문이 아닙니다.
nav-my-record = 내 기록
nav-sign-out = 로그아웃
nav-back = 뒤로
nav-home = 시작 페이지로 가기
form-error-summary-title = 문제가 있습니다
form-error-prefix = 오류:
# 이 언어를 이 언어로 쓴 이름. 다른 언어 페이지의 언어 선택 메뉴에 나옵니다.
language-endonym = 한국어
# 각 언어를 이 페이지의 언어로 쓴 이름 (검토 담당자 목록용).
language-name-en = 영어
language-name-es = 스페인어
language-name-zh-hans = 중국어(간체)
language-name-vi = 베트남어
language-name-ko = 한국어
language-name-tl = 타갈로그어
language-name-ru = 러시아어
language-name-ar = 아랍어
# 언어 목록을 여는 버튼. 페이지 언어 이름 앞에 나옵니다.
language-menu-label = 언어

# 날짜
date-long = { $year }년 { $month } { $day }일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

# 시작 페이지와 로그인
start-title = 내 범죄 기록 보기
start-heading = 내 범죄 기록을 쉬운 말로 확인하기
start-lead = { $law }에 따라, 오래된 기록 중 많은 부분이 공개 신원 조회에서 자동으로 정리됩니다. 따로 신청하지 않아도 됩니다. 로그인하시면 기록에 무엇이 있는지, 법에 따라 어떻게 되었는지 보실 수 있습니다.
start-can-see = 주 정부가 보관하는 모든 체포와 혐의(쉬운 말로 설명)
start-can-cleared = 어떤 항목이 자동으로 정리되었는지, 그리고 그 이유
start-can-when = 나머지 항목은 언제 정리될 수 있는지
start-go-to-record = 내 기록으로 가기
sign-in-heading = 로그인
sign-in-submit = 로그인
sign-in-no-account = 아직 계정이 없으십니까?
sign-in-create-account = 계정 만들기
field-email = 이메일 주소
field-password = 비밀번호
notice-signed-out = 로그아웃되었습니다.
notice-sign-in-to-see-record = 기록을 보시려면 로그인하십시오.

# 계정 만들기
register-title = 계정 만들기
register-heading = 계정 만들기
register-lead = 기록을 보시려면 계정이 필요합니다. 본인만 읽을 수 있는 이메일 주소를 사용하십시오.
register-submit = 계정 만들기
field-new-password = 비밀번호 만들기
field-new-password-hint = 12자 이상으로 만드십시오. 서로 관계없는 단어 몇 개를 이어 쓰면 기억하기 쉽고 안전한 비밀번호가 됩니다.
field-password-confirm = 비밀번호 다시 입력

# 양식 오류 (입력란 옆과 맨 위 요약에 표시)
error-email-missing = 이메일 주소를 입력하십시오
error-email-invalid = 이메일 주소를 올바른 형식으로 입력하십시오. 예: name@example.com
error-password-missing = 비밀번호를 입력하십시오
error-sign-in-failed = 이메일 주소나 비밀번호가 맞지 않습니다. 확인하신 후 다시 시도하십시오.
error-password-too-short = 비밀번호는 12자 이상이어야 합니다
error-password-too-long = 비밀번호는 128자 이하여야 합니다
error-password-mismatch = 두 비밀번호가 서로 다릅니다. 같은 비밀번호를 두 번 입력하십시오.
error-form-expired-retry = 보안을 위해 이 양식의 유효 시간이 끝났습니다. 입력하신 내용을 확인하고 다시 보내 주십시오.

# 한 가지 내용만 있는 페이지
error-not-found-heading = 페이지를 찾을 수 없습니다
error-not-found-body = 웹 주소를 직접 입력하셨다면 주소가 맞는지 확인하십시오. 링크를 누르셨다면 오래된 링크일 수 있습니다.
error-server-heading = 죄송합니다. 문제가 생겼습니다
error-server-body = 입력하신 내용은 없어지지 않았습니다. 몇 분 후에 다시 시도하십시오.
error-form-expired-heading = 이 양식의 유효 시간이 끝났습니다
error-form-expired-body = 보안을 위해 양식은 정해진 시간 동안만 사용할 수 있습니다. 이전 페이지로 돌아가 페이지를 새로 고친 후 다시 시도하십시오.
error-bad-request-heading = 요청을 읽을 수 없었습니다
error-bad-request-body = 이전 페이지로 돌아가 다시 시도하십시오.
error-timeout-heading = 시간이 너무 오래 걸렸습니다
error-timeout-body = 브라우저가 보내는 내용을 너무 오래 기다려서 페이지가 멈췄습니다. 저장된 것은 없습니다. 이전 페이지로 돌아가 다시 시도하십시오.
error-unavailable-heading = 지금은 이 서비스를 이용할 수 없습니다
error-unavailable-body = 저희 쪽 문제이며, 이용자께서 잘못하신 것이 아닙니다. 몇 분 후에 다시 시도하십시오. 양식을 보내던 중이셨다면 그때 다시 보내 주십시오.
error-unreadable-text-heading = 보내신 내용을 읽을 수 없었습니다
error-unreadable-text-body = 글의 일부가 저희가 읽을 수 없는 형식이었습니다. 다른 프로그램에서 복사한 글에서 이런 일이 생길 수 있습니다. 이전 페이지로 돌아가 직접 다시 입력한 후 보내 주십시오.
error-text-unreadable = 이 글의 일부가 저희가 읽을 수 없는 형식이었습니다. 다른 프로그램에서 복사한 글에서 이런 일이 생길 수 있습니다. 직접 다시 입력하십시오.

# 내 기록
record-heading = 내 기록
record-greeting = { $name } 님, 안녕하십니까. 주 정부가 보관하고 있는 범죄 기록입니다.
record-as-of = 이 정보는 { $date } 기준입니다. 최근 법원 결정은 아직 들어 있지 않을 수 있습니다.
record-not-linked-heading = 기록이 아직 이 계정에 연결되지 않았습니다
record-not-linked-body = 개인정보 보호를 위해, 본인의 기록이 확실할 때에만 기록을 보여 드립니다.
record-not-linked-code = 주 정부는 기록 접근 코드가 적힌 편지를 주 정부에 등록된 주소로 우편으로 보냅니다. 이 코드와 생년월일을 입력하면 기록이 이 계정에 연결됩니다.
record-summary-empty = { $reader ->
    [other] 이 기록에는 항목이 없습니다.
   *[self] 기록에 항목이 없습니다.
}
record-summary-none-reviewed = { $reader ->
    [other] { $count ->
        [1] 이 기록에는 항목이 1개 있습니다. 아직 자동 정리 검토를 받지 않았습니다.
       *[other] 이 기록에는 항목이 { $count }개 있습니다. 아직 어느 항목도 자동 정리 검토를 받지 않았습니다.
    }
   *[self] { $count ->
        [1] 기록에 항목이 1개 있습니다. 아직 자동 정리 검토를 받지 않았습니다.
       *[other] 기록에 항목이 { $count }개 있습니다. 아직 어느 항목도 자동 정리 검토를 받지 않았습니다.
    }
}
record-summary-cleared = { $reader ->
    [other] { $total ->
        [1] { $cleared ->
            [0] 이 기록의 항목 1개는 정리되지 않았습니다.
           *[other] 이 기록의 항목 1개가 정리되었습니다.
        }
       *[other] 이 기록의 항목 { $total }개 중 { $cleared }개가 정리되었습니다.
    }
   *[self] { $total ->
        [1] { $cleared ->
            [0] 기록의 항목 1개는 정리되지 않았습니다.
           *[other] 기록의 항목 1개가 정리되었습니다.
        }
       *[other] 기록의 항목 { $total }개 중 { $cleared }개가 정리되었습니다.
    }
}
record-summary-waiting = 항목 { $count }개가 대기 중이며, 나중에 정리될 수 있습니다.
record-summary-not-cleared = 항목 { $count }개는 자동으로 정리될 수 없습니다.
record-summary-not-reviewed = 항목 { $count }개는 아직 검토되지 않았습니다.
record-glossary-title = 표시의 뜻
record-help-link = 기록에 쓰인 말과, 법이 정리하는 기록에 대해 더 알아보기

# 상태 표시
status-cleared = 정리됨
status-waiting = 대기 중
status-not-cleared = 정리 안 됨
status-not-reviewed = 아직 검토 안 됨
status-cleared-meaning = 법에 따라 정리되었습니다. 각 항목에 어떤 조치가 있었는지 적혀 있습니다. 봉인(대부분의 신원 조회에 나타나지 않지만, 경찰과 법원은 볼 수 있음), 말소, 유죄 판결 취소, 기각, 또는 더 낮은 등급으로 낮춤 중 하나입니다.
status-waiting-meaning = 그때까지 달라지는 것이 없으면, 나중 날짜에 자동으로 정리될 수 있습니다.
status-not-cleared-meaning = { $reader ->
    [other] 법은 이 항목을 자동으로 정리하지 않습니다. 그래도 당사자가 법원에 봉인이나 말소를 요청할 수 있는 경우가 있습니다.
   *[self] 법은 이 항목을 자동으로 정리하지 않습니다. 그래도 법원에 봉인이나 말소를 요청하실 수 있는 경우가 있습니다.
}
status-not-reviewed-meaning = 주 정부가 아직 이 항목의 자동 정리 여부를 확인하지 않았습니다.

# 체포 한 건(사건)과 그 혐의들
case-heading = { $date } 체포 ({ $agency })
case-tracking-number = 추적 번호
case-court-case = 법원 사건 번호
case-court = 법원
charge-offense-unknown = 기록에 범죄 내용이 적혀 있지 않습니다
charge-law = 법 조항
charge-law-value = { $statute }, { $grade }
law-unknown = Clean Slate 법
charge-what-happened = 결과
charge-date = 결정 날짜
charge-no-date = 아직 결정되지 않음
charge-clearance = 정리

# 등급을 쉬운 말로
grade-f1 = 1급 중범죄(가장 무거운 중범죄)
grade-f2 = 2급 중범죄
grade-f3 = 3급 중범죄
grade-f = 중범죄
grade-m1 = 1급 경범죄(가장 무거운 경범죄)
grade-m2 = 2급 경범죄
grade-m3 = 3급 경범죄
grade-m = 경범죄
grade-s = 즉결 범죄(가장 가벼운 종류로, 교통 위반 딱지와 비슷함)
grade-i = 경미한 위반(가장 가벼운 종류로, 범죄가 아님)
grade-unknown = 등급이 기록되지 않음

# 혐의가 어떻게 끝났는지, 처분마다 쉬운 문장 하나
disposition-convicted = { $reader ->
    [other] 당사자가 재판에서 유죄로 판단되었거나 스스로 유죄를 인정했습니다(유죄 판결).
   *[self] 재판에서 유죄로 판단되었거나 스스로 유죄를 인정하셨습니다(유죄 판결).
}
disposition-dismissed = 법원이 이 혐의를 기각했습니다. 유죄 판결이 아닙니다.
disposition-withdrawn = 검사가 이 혐의를 취하했습니다. 유죄 판결이 아닙니다.
disposition-nolle-prossed = 검사가 이 혐의를 더 이상 다루지 않기로 했습니다(nolle prosequi). 유죄 판결이 아닙니다.
disposition-acquitted = { $reader ->
    [other] 당사자가 무죄 판결을 받았습니다. 유죄 판결이 아닙니다.
   *[self] 무죄 판결을 받으셨습니다. 유죄 판결이 아닙니다.
}
disposition-diverted = { $reader ->
    [other] 당사자가 다이버전 프로그램(재판 대신 이수하는 프로그램)을 마쳤기 때문에, 이 혐의는 유죄 판결로 끝나지 않았습니다.
   *[self] 다이버전 프로그램(재판 대신 이수하는 프로그램)을 마치셨기 때문에, 이 혐의는 유죄 판결로 끝나지 않았습니다.
}
disposition-pardoned = { $reader ->
    [other] 당사자가 주지사의 사면을 받았습니다.
   *[self] 주지사의 사면을 받으셨습니다.
}
disposition-pending = 사건이 아직 진행 중입니다. 아직 결정이 나지 않았습니다.
disposition-unknown = 이 혐의가 어떻게 끝났는지 기록에 나와 있지 않습니다.

# 정리 결정과 그 이유
decision-cleared = { $law }에 따라 { $date }부터 봉인할 수 있습니다. 다음 검토 때 봉인됩니다.
decision-sealed = { $date }에 { $law }에 따라 봉인되었습니다. 그 후로 대부분의 신원 조회에 나타나지 않습니다.
decision-eligible-since = 법에 따르면 { $date }부터 봉인할 수 있었습니다. 실제로 가려진 것은 봉인된 날부터입니다.
remedy-eligible-since = 법에 따르면 { $date }부터 가능했습니다. 효력은 위에 적힌 날짜부터 생겼습니다.
decision-waiting = { $date }에 정리될 수 있습니다.
decision-run = { $date }에 { $law }에 따라 검토했습니다.
decision-reviewed = { $date }에 검토했습니다.

# 정리의 효과. 조치를 정한 법의 결정에 쓰입니다 ({ $law }는 법 이름,
# { $date }는 날짜, { $grade }는 낮아진 등급을 쉬운 말로 쓴 것).
remedy-due-seal = { $law }에 따라 { $date }부터 봉인할 수 있습니다. 다음 검토 때 봉인됩니다.
remedy-due-expunge = { $law }에 따라 { $date }부터 말소할 수 있습니다. 다음 검토 때 말소됩니다.
remedy-due-set-aside = { $law }에 따라 { $date }부터 유죄 판결을 취소할 수 있습니다. 다음 검토 때 취소됩니다.
remedy-due-dismiss-and-seal = { $law }에 따라 { $date }부터 기각 및 봉인할 수 있습니다. 다음 검토 때 처리됩니다.
remedy-due-reduce = { $law }에 따라 { $date }부터 낮은 등급({ $grade })으로 바꿀 수 있습니다. 다음 검토 때 바뀝니다.
remedy-done-seal = { $date }에 { $law }에 따라 봉인되었습니다.
remedy-done-expunge = { $date }에 { $law }에 따라 말소되었습니다.
remedy-done-set-aside = { $date }에 { $law }에 따라 유죄 판결이 취소되었습니다.
remedy-done-dismiss-and-seal = { $date }에 { $law }에 따라 기각 및 봉인되었습니다.
remedy-done-reduce = { $date }에 { $law }에 따라 낮은 등급({ $grade })으로 바뀌었습니다.
remedy-meaning-seal = 봉인은 신원 조회를 하는 고용주와 집주인 대부분이 이 기록을 볼 수 없다는 뜻입니다. 경찰과 법원은 여전히 볼 수 있습니다.
remedy-meaning-expunge = 말소는 기록을 완전히 없앤다는 뜻입니다. 신원 조회에 나타나지 않으며, 누구에게도 이 일을 알릴 필요가 없습니다.
remedy-meaning-set-aside = 유죄 판결 취소는 법이 그 유죄 판결을 없었던 일처럼 다룬다는 뜻입니다. 대부분의 신원 조회에 나타나지 않습니다. 경찰과 법원은 여전히 볼 수 있습니다.
remedy-meaning-dismiss-and-seal = 기각 및 봉인은 그 행위가 이제 범죄가 아니기 때문에 유죄 판결이 없어진다는 뜻입니다. 신원 조회에 나타나지 않습니다.
remedy-meaning-reduce = 등급 낮춤은 유죄 판결이 기록에 남지만, 더 가벼운 종류의 범죄로 남는다는 뜻입니다. 신원 조회에는 낮아진 등급이 나타납니다.
reduced-grade-m = 경범죄
reduced-grade-i = 경미한 위반(범죄가 아님)
reason-not-final = 이 혐의는 아직 법원에서 끝나지 않았기 때문에 정리될 수 없습니다.
reason-waiting-period = 법이 정한 대기 기간이 아직 지나지 않았습니다.
reason-restitution-owed = 이 사건에 아직 내지 않은 피해 배상금이 있습니다. 배상금을 다 내면 다시 검토받을 수 있습니다.
reason-excluded-offense = 이 범죄는 법의 적용 대상이 아닙니다.
reason-disqualifying-history = { $reader ->
    [other] 이 기록에 있는 다른 유죄 판결 때문에 이 항목은 자동으로 정리되지 않습니다.
   *[self] 기록에 있는 다른 유죄 판결 때문에 이 항목은 자동으로 정리되지 않습니다.
}
held-back-by = 정리를 막고 있는 유죄 판결은 다음과 같습니다:
held-back-entry = { $offense }, { $date }
reason-grade-not-covered = 이 등급의 유죄 판결은 법에 따라 자동으로 정리되지 않습니다.
reason-no-rule = 이 항목에 적용되는 법 규정이 없습니다.
reason-missing-data = 법이 판단하는 데 필요한 정보(예: 형량)가 기록에 빠져 있습니다. 잘못을 알려 주시면 추가될 수 있습니다.
reason-no-lesser-offense = 법이 바뀐 후에도 이 범죄의 등급은 같거나 더 높기 때문에, 낮출 것이 없습니다.
reason-date-not-covered = 이 범죄는 법이 바뀐 후에 일어났기 때문에, 법의 이 부분이 적용되지 않습니다.
reason-pending-charge = { $reader ->
    [other] 당사자에게 아직 법원에서 진행 중인 사건이 있습니다. 그 사건이 끝날 때까지는 어떤 것도 자동으로 정리될 수 없습니다.
   *[self] 아직 법원에서 진행 중인 사건이 있습니다. 그 사건이 끝날 때까지는 어떤 것도 자동으로 정리될 수 없습니다.
}
reason-conviction-limit = { $reader ->
    [other] 당사자에게는 이런 종류의 유죄 판결이 법이 자동으로 정리할 수 있는 수보다 많습니다.
   *[self] 이런 종류의 유죄 판결이 법이 자동으로 정리할 수 있는 수보다 많습니다.
}

# 연락처: 사람과 이야기할 수 있는 곳 (운영 기관이 설정)
footer-contact = 연락처
contact-title = 연락처 – 나의 기록
contact-heading = 담당자와 이야기하기
contact-lead = ‘나의 기록’은 질문에 직접 답할 수 없습니다. 다음 기관에서 답해 드립니다. 기록에 무엇이 있는지는 주 범죄 기록 사무소에, 앞으로 무엇을 할 수 있는지는 법률 지원 단체에 문의하십시오. 법률 지원은 자격이 되는 분께 무료입니다.
contact-agency-heading = 주 범죄 기록 사무소
contact-agency-lead = 기록 접근 코드 편지를 요청하실 때, 보내신 이의 신청에 대해 물으실 때, 또는 기록 내용이 궁금하실 때 전화하시거나 편지를 보내십시오.
contact-agency-none = 이 포털에 아직 사무소 연락처가 등록되지 않았습니다. 편지를 보낸 기관에서 연락 방법을 알려 드릴 수 있습니다.
contact-legal-aid-heading = 무료 법률 지원
contact-legal-aid-lead = 이 단체들은 기록 정리를 도와 드리며, 법원 청원이나 사면이 도움이 될지 알려 드릴 수 있습니다. 단체마다 담당하는 카운티가 적혀 있습니다.
contact-legal-aid-none = 이 포털에 아직 법률 지원 단체 목록이 등록되지 않았습니다.
contact-legal-aid-link = 가까운 무료 법률 지원
contact-phone = 전화
contact-hours = 운영 시간
contact-address = 주소
contact-web = 웹사이트
contact-counties = 담당 지역
contact-whole-state = 주 전체
contact-lead-start = 기록에 대해 궁금한 점이 있으시거나, 접근 코드가 적힌 편지를 받지 못하셨습니까? 사무소에 전화하십시오.
contact-lead-letter = 새 접근 코드가 적힌 편지를 받으시려면 사무소에 전화하시거나 편지를 보내십시오.
contact-lead-dispute = 이의 신청 때문에 전화하실 때는 접수 번호를 알려 주십시오.
contact-lead-error = 이런 일이 계속되면 사무소에 전화하실 수 있습니다.
contact-lead-help = 기록에 무엇이 있는지에 대한 질문에 답해 드리고, 새 접근 코드 편지를 보내 드릴 수 있습니다.

# 자동 절차로 정리할 수 없는 항목에 대해 아직 할 수 있는 일
next-step-heading = { $reader ->
    [self] 아직 할 수 있는 일
   *[other] 당사자가 아직 할 수 있는 일
}
next-step-petition = { $reader ->
    [self] 자동 절차로는 이 항목을 정리할 수 없습니다. 하지만 법원에 직접 요청하시면(청원) 법원이 봉인하거나 말소할 수도 있습니다. 또 사면을 받으면 유죄 판결이 정리될 수 있습니다. 어떤 방법이 가능한지는 전체 기록에 따라 다릅니다.
   *[other] 자동 절차로는 이 항목을 정리할 수 없습니다. 하지만 당사자가 법원에 직접 요청하면(청원) 법원이 봉인하거나 말소할 수도 있습니다. 또 사면을 받으면 유죄 판결이 정리될 수 있습니다. 어떤 방법이 가능한지는 전체 기록에 따라 다릅니다.
}
next-step-help = { $reader ->
    [self] 무료 법률 지원 단체에서 어떤 방법이 해당되는지 알려 드리고, 요청하는 것을 도와 드릴 수 있습니다.
   *[other] 무료 법률 지원 단체에서 당사자에게 어떤 방법이 해당되는지 알려 주고, 요청하는 것을 도와줄 수 있습니다.
}

meta-description = 내 범죄 기록을 쉬운 말로 확인하십시오. 주의 Clean Slate 법이 무엇을 정리했는지, 나머지는 언제 정리될 수 있는지, 잘못된 내용은 어떻게 알리는지 알려 드립니다.
