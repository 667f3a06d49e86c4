# 이의 신청: 항목이 잘못되었다고 알리기, 진행 상황 보기, 기관 검토 담당자의 페이지와 이메일.

nav-disputes = 내 이의 신청
nav-review = 이의 신청 목록

# 기록 페이지
charge-dispute = 이 항목에 잘못된 내용이 있습니까?
charge-dispute-label = 이 항목에 잘못된 내용이 있습니까? { $offense }
charge-corrected = { $date }에 이의 신청 { $reference }에 따라 바로잡았습니다.
record-disputes-link = 내 이의 신청
record-wrong-heading = { $reader ->
    [self] 기록에 잘못된 내용이 있습니까?
   *[other] 이 기록에 잘못된 내용이 있습니까?
}
record-wrong-body = 항목이 잘못되었다면 그 항목 아래의 링크를 사용하십시오. 다른 문제가 있다면(예: 정리되었어야 할 항목이 정리되지 않은 경우) 여기에서 알려 주십시오.
record-wrong-link = 기록 전체에 대한 잘못 알리기
case-record-note = 이의 신청 { $reference } 때문에 이 기록을 보고 계십니다. 기록을 열 때마다 당사자가 그 사실을 볼 수 있습니다.

# 이의 신청 단계
dispute-caption = 잘못된 내용 알리기
dispute-continue = 계속
dispute-about-entry = 알리시려는 항목:
dispute-about-whole = 기록 전체에 대해 알리시는 중입니다.
dispute-kind-title = 무엇이 잘못되었습니까?
dispute-kind-heading = 무엇이 잘못되었습니까?
dispute-kind-legend = 가장 잘 맞는 것 하나를 고르십시오
dispute-kind-not-me = 제 항목이 아닙니다
dispute-kind-outcome-wrong = 결과가 잘못되었거나 빠져 있습니다
dispute-kind-date-wrong = 날짜가 잘못되었습니다
dispute-kind-should-be-cleared = 정리되었어야 합니다
dispute-kind-duplicate = 두 번 나옵니다
dispute-kind-other = 그 밖의 문제
dispute-details-title = 자세히 알려 주십시오
dispute-details-heading = 자세히 알려 주십시오
dispute-statement-hint = 무엇이 잘못되었는지 편하게 설명해 주십시오.
dispute-statement-hint-not-me = 예: 그날 체포된 적이 없습니다. 또는 이름이나 생년월일이 다른 사람의 것입니다.
dispute-statement-hint-outcome-wrong = 예: 혐의가 기각되었거나 프로그램을 마쳤는데, 기록에는 다르게 적혀 있거나 아무것도 적혀 있지 않습니다.
dispute-statement-hint-date-wrong = 어떤 날짜가 잘못되었는지, 그리고 알고 계시면 올바른 날짜를 적어 주십시오.
dispute-statement-hint-should-be-cleared = 왜 정리되었어야 한다고 보시는지 적어 주십시오. 예: 내야 할 돈을 다 냈습니다.
dispute-statement-hint-duplicate = 어떤 항목들이 같은 사건인지 적어 주십시오.
dispute-statement-hint-other = 무엇이 잘못되었는지 편하게 설명해 주십시오.
field-dispute-statement = 무엇이 잘못되었습니까?
field-dispute-statement-hint = 5,000자까지 쓸 수 있습니다. 서류는 다음 페이지에서 추가할 수 있습니다.
field-dispute-correct-value = 어떻게 적혀 있어야 합니까? (선택)
field-dispute-correct-value-hint = 예: 올바른 결과나 올바른 날짜.
dispute-documents-title = 서류 추가
dispute-documents-heading = 서류 추가 (선택)
dispute-documents-lead = 서류가 있으면 검토 담당자가 더 빨리 결정할 수 있습니다. 예: 법원 명령서, 돈을 낸 영수증, 프로그램 수료증. 한 번에 하나씩, 10개까지 추가할 수 있습니다.
dispute-documents-added = 추가하신 서류
dispute-document-remove = 빼기
dispute-document-remove-label = { $name } 빼기
dispute-document-add = 이 서류 추가
field-document = 서류 선택
field-document-optional = 서류 추가 (선택)
field-document-hint = PDF, JPG, PNG 파일, 10 MB까지. 종이 서류를 선명하게 찍은 사진도 괜찮습니다.
document-size = { $kb } KB
dispute-check-title = 답변 확인
dispute-check-heading = 보내기 전에 답변을 확인하십시오
dispute-check-kind = 잘못된 점
dispute-check-statement = 알려 주신 내용
dispute-filed-by = { $reader ->
    [self] 대신 신청한 사람
   *[other] 신청한 사람
}
dispute-statement-worker = 법률 지원 담당자가 알려 준 내용
dispute-statement-person = { $reader ->
    [self] 알려 주신 내용
   *[other] 당사자가 알려 준 내용
}
dispute-check-correct-value = 올바른 내용
dispute-check-documents = 서류
dispute-check-none = 없음
dispute-change = 바꾸기
dispute-change-label = { $what } 바꾸기
dispute-check-send-heading = 이제 이의 신청을 보내십시오
dispute-check-send-body = 이것을 보내시면, 알려 주신 내용이 아시는 한 사실임을 확인하시는 것입니다. 기관 검토 담당자가 읽고 기록을 살펴봅니다.
dispute-submit = 이의 신청 보내기
dispute-confirmation-title = 이의 신청을 보냈습니다
dispute-confirmation-heading = 이의 신청을 보냈습니다
dispute-confirmation-reference = 접수 번호
dispute-confirmation-next-heading = 앞으로 진행되는 일
dispute-confirmation-next = 기관 검토 담당자가 기록을 살펴보고 { $date }까지 답변합니다. 추가 정보를 요청할 수도 있습니다.
dispute-confirmation-email = 진행 상태가 바뀔 때마다 이메일로 알려 드립니다. 접수 번호를 보관해 두십시오. 이의 신청 때문에 전화하실 때 필요합니다.
dispute-confirmation-follow = 이의 신청 진행 상황 보기

# 내 이의 신청과 이의 신청 한 건
disputes-title = 내 이의 신청
disputes-heading = 내 이의 신청
disputes-lead = 알려 주신 잘못과, 각각의 진행 상황입니다.
disputes-lead-clients = 의뢰인의 기록에 대해 직접 알리셨거나 의뢰인이 알린 잘못과, 각각의 진행 상황입니다.
disputes-filed-by = 신청한 사람
disputes-filed-by-you = 본인
disputes-filed-by-client = 의뢰인
disputes-none = 알려 주신 잘못이 없습니다.
disputes-none-clients = 의뢰인의 기록에 대해 알려진 잘못이 없습니다.
disputes-reference = 접수 번호
disputes-kind = 잘못된 점
disputes-sent = 보낸 날짜
disputes-status = 상태
disputes-from-record = 내 기록에서 잘못 알리기
disputes-from-clients = 의뢰인의 기록에서 잘못 알리기
dispute-detail-heading = 이의 신청 { $reference }
dispute-due = 답변 기한
dispute-timeline-heading = 지금까지 진행된 일
dispute-status-submitted = 접수됨
dispute-status-in-review = 검토 중
dispute-status-info-requested = 추가 정보 필요
dispute-status-corrected = 정정됨
dispute-status-not-changed = 변경 없음
dispute-status-submitted-meaning = 이의 신청이 접수되었습니다. 곧 검토 담당자가 살펴봅니다.
dispute-status-in-review-meaning = 검토 담당자가 기록을 살펴보고 있습니다.
dispute-status-info-requested-meaning = 검토 담당자에게 추가 정보가 필요합니다. 아래에 답변해 주십시오.
dispute-status-corrected-meaning = 기록이 정정되었습니다. 무엇이 바뀌었는지 검토 담당자가 아래에 설명합니다.
dispute-status-not-changed-meaning = 검토 담당자가 기록이 맞다고 보고 바꾸지 않았습니다. 그 이유는 아래에 있습니다.
dispute-event-submitted = 이의 신청 접수
dispute-event-review-started = 검토 담당자가 살펴보기 시작했습니다
dispute-event-info-requested = 검토 담당자가 추가 정보를 요청했습니다
dispute-event-info-given = 추가 정보를 보냈습니다
dispute-event-corrected = 기록이 정정되었습니다
dispute-event-not-changed = 기록이 바뀌지 않았습니다
dispute-event-reviewer-said = 검토 담당자의 글:
dispute-event-you-said = 이의 신청과 함께 쓴 글:
dispute-documents-continue-hint = 서류를 모두 추가하셨으면 계속하십시오. 선택했지만 아직 추가하지 않은 서류는 계속을 누르면 추가됩니다.
dispute-question-heading = 검토 담당자의 질문
dispute-reply-heading = 요청받은 정보 보내기
field-dispute-reply = 답변
dispute-reply-submit = 답변 보내기

# 오류
error-dispute-kind-missing = 무엇이 잘못되었는지 고르십시오
error-dispute-entry-unknown = 이 항목은 알리실 수 있는 기록에 없습니다. 기록으로 돌아가서 항목 아래의 링크를 사용하십시오.
error-dispute-statement-missing = 무엇이 잘못되었는지 알려 주십시오
error-dispute-statement-too-long = 5,000자 이하로 써 주십시오
error-dispute-correct-value-too-long = 500자 이하로 써 주십시오
error-dispute-signed-out = 한동안 사용하지 않으셔서 로그아웃되었습니다. 입력하신 내용은 아래에 있습니다. 새 탭이나 새 창에서 다시 로그인하신 후, 이곳으로 돌아와 계속을 다시 누르십시오.
error-dispute-form-expired = 보안을 위해 이 양식의 유효 시간이 끝났습니다. 답변을 확인하시고 이의 신청을 다시 보내 주십시오.
error-dispute-reply-missing = 답변을 써 주십시오
error-dispute-not-waiting = 검토 담당자가 이 이의 신청에 대한 답변을 더 이상 기다리지 않습니다.
error-document-missing = 추가할 서류를 선택하십시오
error-document-type = 서류는 PDF, JPG, PNG 파일이어야 합니다
error-document-too-big = 서류는 10 MB보다 작아야 합니다
error-document-empty = 서류가 비어 있습니다. 다른 파일을 선택하십시오.
error-document-too-many = 서류는 10개까지 추가할 수 있습니다
error-dispute-too-many-drafts = 보내지 않은 이의 신청을 더 만들 수 없습니다. 먼저 그중 하나를 마무리해 보내 주십시오. 보내지 않은 이의 신청은 30일 후에 없어집니다.
error-document-no-room = 이 계정에는 서류를 더 보관할 수 없습니다. 보내지 않은 이의 신청에서 필요 없는 서류를 빼시거나, 다른 방법으로 보내는 방법을 기록 사무소에 문의하십시오.
error-document-unreadable = 서류를 읽을 수 없었습니다. 다시 시도하시거나 다른 파일을 선택하십시오.

# 검토 담당자 페이지
review-title = 이의 신청 목록
review-heading = 이의 신청 목록
review-count = { $count ->
    [0] 처리 중인 이의 신청이 없습니다.
   *[other] 처리 중인 이의 신청 { $count }건, 그중 기한 지남 { $overdue }건.
}
review-none = 검토를 기다리는 것이 없습니다.
review-due = 기한
review-overdue = 기한 지남
review-person = { $name } 님의 기록
review-whole-record = 기록 전체 보기
review-decide-heading = 결정
review-start = 검토 시작
review-correct-heading = 기록 정정
review-correct-hint = 입력란에는 지금 기록된 그대로의 항목이 나옵니다. 잘못된 것을 바꾸십시오. 이전 값은 기록의 변경 이력에 남습니다.
review-correct-submit = 정정 내용 확인
review-check-title = 정정 내용 확인
review-check-lead = 아직 바뀐 것은 없습니다. 이의 신청 { $reference }에 대한 변경 사항과 당사자가 읽을 메시지를 하나씩 확인한 후 적용하십시오.
review-check-changes = 바뀌는 것
review-check-field = 항목
review-check-now = 현재
review-check-after = 정정 후
review-check-no-date = 날짜 없음(사건 진행 중)
review-check-on-record = 기록에 있음
review-check-on-record-field = 기록에 올라 있음
review-check-struck = 기록에서 뺌
review-check-apply = 정정 적용
review-check-edit = 돌아가서 고치기
review-info-heading = 추가 정보 요청
review-info-submit = 요청 보내기
review-decline-heading = 기록을 바꾸지 않기
review-decline-submit = 이 이유로 거절하기
review-language = 언어
review-write-in = 이 이의 신청은 { $language }로 접수되었습니다. 메시지와 결정 이유를 { $language }로 쓰십시오. 당사자는 쓰신 그대로 읽습니다.
field-review-disposition = 결과
field-review-disposition-date = 결과 날짜
field-review-disposition-date-hint = 사건이 아직 진행 중이면 비워 두십시오.
field-review-grade = 등급
field-review-restitution = 아직 내지 않은 피해 배상금(달러)
field-review-restitution-hint = 예: 0 또는 450.00
field-review-strike = 이 항목을 당사자의 기록에서 빼기(당사자의 것이 아니거나 두 번 나오는 경우)
field-review-correction-message = 당사자에게 알릴 정정 내용
field-review-info-message = 당사자에게 필요한 정보
field-review-decline-message = 당사자에게 알릴, 기록이 맞는 이유
field-review-message-hint = 당사자가 이 글을 읽습니다. 쉽게 쓰시고, 내부 코드는 쓰지 마십시오.
error-review-correction-missing = 당사자에게 정정 내용을 설명하십시오
error-review-request-missing = 어떤 정보가 필요한지 쓰십시오
error-review-reason-missing = 기록을 바꾸지 않는 이유를 쓰십시오
error-review-nothing-changed = 바뀐 것이 없습니다. 값을 바꾸시거나, 이의 신청을 거절하십시오.
error-review-restitution = 금액을 달러로 입력하십시오. 예: 0 또는 450.00
notice-dispute-updated = 이의 신청이 업데이트되었습니다. 당사자에게 이메일로 알립니다.
notice-dispute-updated-not-reviewed = 항목이 정정되었고 당사자에게 이메일로 알립니다. 지금은 이 항목의 정리 결정을 다시 계산하지 못했습니다. 다음 정리 실행 때 처리됩니다.
disposition-name-convicted = 유죄 판결
disposition-name-dismissed = 기각
disposition-name-withdrawn = 취하
disposition-name-nolle-prossed = 검사가 다루지 않기로 함(nolle prossed)
disposition-name-acquitted = 무죄
disposition-name-diverted = 다이버전 프로그램 이수
disposition-name-pardoned = 사면
disposition-name-pending = 진행 중
disposition-name-unknown = 알 수 없음

# 이의 신청에 관한 이메일
email-dispute-received-subject = 이의 신청을 받았습니다({ $reference })
email-dispute-received-body =
    범죄 기록의 잘못에 대한 이의 신청을 받았습니다. 접수 번호는 { $reference }입니다.

    기관 검토 담당자가 기록을 살펴보고 { $date }까지 답변합니다. 진행 상태가 바뀔 때마다 이메일로 알려 드립니다.

    진행 상황 보기: { $link }
email-dispute-in-review-subject = 이의 신청 { $reference } 검토가 시작되었습니다
email-dispute-in-review-body =
    검토 담당자가 이의 신청 { $reference }에 대한 검토를 시작했습니다.

    진행 상황 보기: { $link }
email-dispute-info-requested-subject = 이의 신청 { $reference }에 추가 정보가 필요합니다
email-dispute-info-requested-body =
    검토 담당자가 이의 신청 { $reference }에 대해 결정하려면 추가 정보가 필요합니다. 담당자가 쓴 글입니다:

    { $message }

    답변하기: { $link }
email-dispute-info-given-subject = 이의 신청 { $reference }에 대한 답변을 받았습니다
email-dispute-info-given-body =
    감사합니다. 이의 신청 { $reference }에 대한 답변을 받았습니다. 이의 신청은 다시 검토 담당자에게 전달되었으며, 담당자가 보내신 내용을 살펴봅니다.

    진행 상황 보기: { $link }
email-dispute-corrected-subject = 기록이 정정되었습니다({ $reference })
email-dispute-corrected-body =
    이의 신청 { $reference }에 따라 기록이 정정되었습니다. 검토 담당자가 쓴 글입니다:

    { $message }

    기록과 이의 신청 보기: { $link }
email-dispute-not-changed-subject = 이의 신청 { $reference }에 대한 결정
email-dispute-not-changed-body =
    검토 담당자가 이의 신청 { $reference }의 내용을 살펴보았으며, 기록을 바꾸지 않았습니다. 담당자가 쓴 글입니다:

    { $message }

    이의 신청 보기: { $link }
    결정에 동의하지 않으시면 법률 지원 사무소에서 도와 드릴 수 있습니다.
email-review-answer-subject = 이의 신청 { $reference }에 답변이 왔습니다
email-review-answer-body =
    이의 신청 { $reference }에 대해 요청하신 추가 정보의 답변이 왔습니다. 이의 신청이 다시 검토 목록에 올라왔습니다.

    열기: { $link }
notice-dispute-already-decided = 이 이의 신청은 이미 결정되어, 아무것도 바뀌지 않았습니다.

# 정리 실행에서 더 이상 정리 대상이 아닌 봉인 항목 (/review/sealed), 검토 담당자용.
unseal-title = 확인할 봉인 항목
unseal-heading = 확인할 봉인 항목
unseal-lead = 검토 결과, 현재 시행 중인 법으로는 이 봉인 항목들이 더 이상 정리 대상이 아닙니다(예: 기록 정정이나 새 추출본 이후). 아직 봉인이 해제된 것은 없습니다. 다시 공개해야 한다는 것을 확인한 경우에만 봉인을 해제하십시오. 해제하면 해당 법원과 경찰에 통지됩니다.
unseal-none = 확인할 것이 없습니다.
unseal-person = 당사자
unseal-entry = 항목
unseal-sealed-under = 봉인 근거 법
unseal-now = 현재 법에 따른 판단
unseal-flagged-on = 발견 날짜
unseal-unseal = 봉인 해제
unseal-keep = 봉인 유지
unseal-back = 이의 신청 목록으로 돌아가기
unseal-done-unsealed = 봉인이 해제되었습니다. 해당 법원과 경찰에 통지되었습니다.
unseal-done-kept = 봉인이 유지됩니다.
unseal-done-already = 이 항목은 이미 다른 사람이 결정했습니다.
review-sealed-link = 확인할 봉인 항목
