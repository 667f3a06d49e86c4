# 계정, 역할, 2단계 로그인, 비밀번호 재설정, 기록 연결, 기록 공유, 기록을 본 사람.
# 법률 지원 담당자와 관리자 페이지, 그리고 이메일도 있습니다.

# 메뉴와 역할
nav-account = 계정
nav-clients = 내 의뢰인
nav-admin = 관리
role-person = 기록 당사자
role-legal-aid = 법률 지원 담당자
role-reviewer = 기관 검토 담당자
role-admin = 관리자
sign-in-forgot = 비밀번호를 잊으셨습니까?

# 날짜와 시각
date-time = { $date } { $time } ({ $zone })

# 알림
notice-password-changed = 비밀번호가 바뀌었습니다. 새 비밀번호로 로그인하십시오. 다른 곳에 로그인되어 있던 것은 모두 로그아웃되었습니다.
notice-two-step-expired = 시간이 너무 오래 걸려서, 계정을 안전하게 지키기 위해 로그인을 중단했습니다. 다시 로그인하십시오.
notice-two-step-off = 2단계 로그인이 꺼졌습니다. 이제 비밀번호만으로 로그인합니다.
notice-record-linked = 기록이 이 계정에 연결되었습니다.
notice-access-granted = 이제 법률 지원 담당자가 기록을 볼 수 있습니다.
notice-access-revoked = 이제 법률 지원 담당자가 기록을 볼 수 없습니다.
notice-email-link-sent = 새 주소로 링크를 보냈습니다. 24시간 안에 링크를 열면 그 주소를 쓰기 시작합니다. 그때까지는 지금 이메일로 로그인합니다.
notice-email-changed = 이메일 주소가 바뀌었습니다. 이제부터 새 주소로 로그인하십시오.
notice-account-closed = 계정이 닫혔고 로그아웃되었습니다. 기록은 주 정부가 계속 보관합니다. 앞으로 어떻게 되는지 알려 드리는 마지막 이메일을 보냈습니다.

# 비밀번호나 이메일 변경, 계정 닫기
field-current-password = 현재 비밀번호
field-new-email = 새 이메일 주소
error-current-password-missing = 현재 비밀번호를 입력하십시오
error-current-password-wrong = 현재 비밀번호가 아닙니다. 확인하신 후 다시 시도하십시오.
error-email-unchanged = 이미 사용 중인 이메일 주소입니다. 새로 사용하실 주소를 입력하십시오.
error-too-many-email-changes = 이 계정에 이미 여러 번 링크를 보냈습니다. 1시간 후에 다시 요청하십시오.
change-password-title = 비밀번호 변경
change-password-lead = 현재 비밀번호를 입력한 후 새 비밀번호를 정하십시오. 변경 후에는 다시 로그인해야 하며, 다른 곳에 로그인되어 있던 것은 모두 로그아웃됩니다.
change-password-submit = 비밀번호 변경
change-email-title = 이메일 주소 변경
change-email-current = 현재 로그인 이메일은 { $email }입니다.
change-email-lead = 새 주소로 링크를 보내 드립니다. 본인의 주소인지 확인하기 위해, 링크를 열어야만 주소가 바뀝니다. 현재 주소로도 알림을 보내 드립니다.
change-email-submit = 링크 보내기
confirm-email-title = 새 이메일 주소 확인
confirm-email-lead = 앞으로 ‘나의 기록’에 로그인할 때 { $email } 주소를 사용하시겠습니까?
confirm-email-submit = 예, 이 주소를 사용합니다
confirm-email-taken-heading = 이 주소로 된 계정이 따로 있습니다
confirm-email-taken-body = 다른 ‘나의 기록’ 계정이 이 이메일 주소를 사용하고 있어서 이메일 주소가 바뀌지 않았습니다. 로그인하신 후 다른 주소를 선택하십시오.
confirm-email-invalid-heading = 이 링크는 사용할 수 없습니다
confirm-email-invalid-body = 이미 사용되었거나, 24시간이 지났거나, 더 새로운 링크가 발송된 링크입니다. 로그인하신 후 계정 페이지에서 새 링크를 요청하십시오.
close-account-title = 계정 닫기
close-account-goes-heading = 계정을 닫으면 없어지는 것
close-account-goes-sign-in = 더 이상 로그인할 수 없습니다. 비밀번호, 2단계 로그인, 이메일 주소가 계정에서 지워집니다.
close-account-goes-sharing = 기록을 볼 수 있게 허락하신 법률 지원 담당자는 더 이상 기록을 볼 수 없습니다.
close-account-goes-drafts = 작성하다가 보내지 않은 이의 신청은 첨부 서류와 함께 없어집니다.
close-account-goes-email = 계정이 닫혔다는 이메일 한 통 외에는 더 이상 이메일을 보내지 않습니다.
close-account-stays-heading = 남는 것
close-account-stays-record = 범죄 기록. 기록은 이 계정이 아니라 주 정부가 보관하며, 계정을 닫아도 바뀌지 않습니다. Clean Slate 법에 따라 정리된 것은 계속 정리된 상태로 남습니다.
close-account-stays-disputes = 이미 알려 주신 잘못. 기관은 계속 답변합니다. 답변을 들으시려면 접수 번호를 가지고 편지를 보내시거나 전화하십시오.
close-account-stays-audit = 누가 기록을 보았고 무엇이 처리되었는지 적은 목록. 법에 따라 보관해야 합니다. 이 목록에는 더 이상 이메일 주소가 나오지 않습니다.
close-account-again = 나중에 다시 이용하실 수 있습니다. 새 계정을 만들고, 기록을 연결할 새 편지를 요청하십시오.
close-account-submit = 내 계정 닫기

# 양식 오류
error-too-many-attempts = 시도 횟수가 너무 많습니다. 보안을 위해 15분 기다린 후 다시 시도하십시오.
error-too-many-resets = 이 주소로 이미 여러 번 링크를 보냈습니다. 1시간 기다린 후 다시 요청하십시오.
error-password-common = 이 비밀번호는 너무 흔해서 쉽게 짐작할 수 있습니다. 다른 비밀번호를 정하십시오. 예를 들어 서로 관계없는 단어 서너 개를 이어 쓰십시오.
error-password-from-context = 비밀번호로 이메일 주소나 이 서비스의 이름을 쓸 수 없습니다. 다른 비밀번호를 정하십시오.
error-two-step-code-missing = 인증 앱에 나온 6자리 코드나 복구 코드를 입력하십시오
error-two-step-code-wrong = 코드가 맞지 않습니다. 지금 앱에 나온 코드나 복구 코드 중 하나를 입력하십시오.
error-two-step-setup-wrong = 코드가 맞지 않습니다. 앱의 시계가 정확한지 확인한 후, 지금 앱에 나온 코드를 입력하십시오.
error-access-code-missing = 편지에 적힌 접근 코드를 입력하십시오
error-access-code-format = 접근 코드는 ACDE-FGHJ-KMNP처럼 영문자와 숫자 12자입니다. 편지를 확인하십시오.
error-access-code-wrong = 확인되지 않는 접근 코드입니다. 편지와 비교해 보시고 다시 시도하십시오.
error-access-code-date-wrong = 생년월일이 이 코드의 기록과 맞지 않습니다. 확인하신 후 다시 시도하십시오.
error-access-code-locked = 생년월일이 너무 여러 번 틀려서 이 접근 코드는 더 이상 쓸 수 없습니다. 기록을 보호하기 위해 이 코드는 다시 사용할 수 없습니다. 주 범죄 기록 사무소에 새 편지를 요청하십시오. 새 편지에는 새 코드가 있습니다.
error-access-code-replaced = 더 새로운 편지가 발송되어 이 접근 코드는 더 이상 쓸 수 없습니다. 가장 최근 편지에 있는 코드를 사용하십시오.
link-tries-left = { $tries ->
    [1] 한 번 더 시도하실 수 있습니다. 생년월일이 또 틀리면 이 코드는 더 이상 쓸 수 없고, 새 편지가 필요합니다.
   *[other] 이 코드를 쓸 수 없게 되기 전까지 { $tries }번 더 시도하실 수 있습니다.
}
error-access-code-expired = 이 접근 코드는 기한이 지났습니다. 새 편지를 요청하십시오.
error-access-code-used = 이 접근 코드는 이미 사용되었습니다. 코드는 한 번만 쓸 수 있습니다. 필요하시면 새 편지를 요청하십시오.
error-date-missing = 생년월일을 입력하십시오
error-date-incomplete = 일, 월, 연도를 모두 입력하십시오
error-date-invalid = 실제 날짜를 숫자로 입력하십시오. 예: 1985년 3월 14일이면 3 14 1985
error-date-year = 연도는 4자리 숫자로 입력하십시오. 예: 1985
error-date-future = 생년월일은 지난 날짜여야 합니다
error-legal-aid-unknown = 이 이메일 주소를 쓰는 법률 지원 담당자를 찾지 못했습니다. 법률 지원 사무소에 주소를 확인하십시오.
error-sharing-days = 기록을 볼 수 있는 기간을 선택하십시오
error-sid-missing = 당사자의 주 신원 번호(SID)를 입력하십시오
error-sid-unknown = 이 주 신원 번호를 가진 사람이 기록에 없습니다. 확인하신 후 다시 시도하십시오.

# 입력란
field-date-day = 일
field-date-month = 월
field-date-year = 연도
field-dob = 생년월일
field-dob-hint = 월, 일, 연도 순서로 숫자만 입력하십시오. 예: 1985년 3월 14일이면 3 14 1985
field-access-code = 접근 코드
field-access-code-hint = 주 정부가 보낸 편지에 적힌 코드. 예: ACDE-FGHJ-KMNP
field-two-step-code = 코드
field-two-step-code-hint = 지금 앱에 나온 6자리 코드
field-two-step-sign-in-hint = 인증 앱에 나온 6자리 코드. 휴대전화가 없으시면 복구 코드 중 하나를 사용하십시오.
field-legal-aid-email = 법률 지원 담당자의 이메일 주소
field-legal-aid-email-hint = 담당자가 ‘나의 기록’에서 사용하는 주소. 잘 모르시면 담당자에게 물어보십시오.
field-sharing-days = 기록을 얼마 동안 볼 수 있게 하시겠습니까?
field-sid = 주 신원 번호(SID)
field-sid-hint = 주 기록에 적힌 그대로. 예: PA1000001
field-letter-language = 편지의 두 번째 언어

# 계정 페이지
account-title = 내 계정
account-heading = 내 계정
account-role = 계정 유형
account-two-step = 2단계 로그인
account-two-step-on = 켜짐
account-two-step-off = 꺼짐
account-manage-two-step = 2단계 로그인과 복구 코드
account-link-record = 편지에 있는 코드로 기록 연결하기
account-sharing = 법률 지원 담당자와 기록 공유하기
account-views = 기록을 본 사람 확인하기
# 이메일 등에서 당사자에게 쓰는 언어. 계정에 저장됩니다.
account-language-heading = 언어
account-language-lead = 계정과 이의 신청에 관한 이메일을 이 언어로 보내 드립니다. 로그인하시면 페이지도 이 언어로 나옵니다.
account-language-field = 이메일과 페이지 언어
account-language-save = 언어 저장
account-language-saved = 저장되었습니다. 앞으로 이 언어로 연락드리겠습니다.

# 2단계 로그인
two-step-setup-title = 2단계 로그인 설정
two-step-setup-heading = 2단계 로그인 설정
two-step-required = 이 계정은 다른 사람의 기록을 볼 수 있기 때문에 2단계 로그인을 사용해야 합니다. 계속하시려면 설정하십시오.
two-step-setup-lead = 2단계 로그인을 쓰면 비밀번호와 함께 휴대전화 앱의 코드가 필요합니다. 누군가 비밀번호를 알아내더라도 로그인할 수 없습니다.
two-step-setup-step-app = 휴대전화에 인증 앱이 없으시면 설치하십시오. 대부분 무료입니다. 예: Google Authenticator, Microsoft Authenticator, FreeOTP.
two-step-setup-step-scan = 앱에서 계정을 추가하고 이 코드를 스캔하십시오:
two-step-qr-alt = 인증 앱용 QR 코드. 스캔할 수 없으시면 아래에 나온 키를 입력하십시오.
two-step-setup-or-type = 코드를 스캔할 수 없으시면, 대신 이 키를 앱에 입력하십시오:
two-step-setup-step-code = 앱에 지금 ‘나의 기록’용으로 나온 6자리 코드를 입력하십시오.
two-step-setup-submit = 2단계 로그인 켜기
two-step-title = 2단계 로그인
two-step-heading = 2단계 로그인
two-step-is-on = 2단계 로그인이 켜져 있습니다. 로그인할 때 비밀번호를 입력한 다음, 앱의 코드를 입력합니다.
two-step-recovery-heading = 복구 코드
two-step-codes-left = 남은 복구 코드는 { $count }개입니다. 앱을 쓸 수 없을 때 사용하며, 각 코드는 한 번만 쓸 수 있습니다.
two-step-new-codes = 새 복구 코드 만들기
two-step-off-heading = 2단계 로그인 끄기
two-step-off-lead = 계정의 안전성이 낮아집니다. 비밀번호만 알면 누구나 로그인할 수 있게 됩니다. 끄시려면 앱의 코드를 입력하십시오.
two-step-off-submit = 2단계 로그인 끄기
recovery-codes-title = 내 복구 코드
recovery-codes-heading = 내 복구 코드
recovery-codes-lead = 휴대전화를 잃어버리시면, 앱의 코드 대신 이 코드 하나로 한 번 로그인할 수 있습니다. 적어 두시거나 이 페이지를 인쇄해 안전한 곳에 보관하십시오.
recovery-codes-once = 이 코드는 지금 한 번만 보여 드립니다. 전에 있던 복구 코드는 더 이상 쓸 수 없습니다.
recovery-codes-done = 코드를 저장했습니다
two-step-sign-in-title = 코드 입력
two-step-sign-in-heading = 앱에 나온 코드를 입력하십시오
two-step-sign-in-submit = 계속

# 비밀번호 재설정
reset-title = 비밀번호 재설정
reset-heading = 비밀번호 재설정
reset-lead = 계정의 이메일 주소를 입력하십시오. 새 비밀번호를 정할 수 있는 링크를 보내 드립니다.
reset-submit = 링크 보내기
reset-sent = 그 이메일 주소로 된 계정이 있으면, 새 비밀번호를 정할 수 있는 링크를 보냈습니다. 링크는 1시간 동안 쓸 수 있습니다. 이메일이 보이지 않으면 스팸 편지함을 확인하십시오.
reset-link-invalid-heading = 이 링크는 사용할 수 없습니다
reset-link-invalid-body = 이미 사용되었거나 1시간이 지난 링크일 수 있습니다. 로그인 페이지에서 새 링크를 요청하십시오.
new-password-title = 새 비밀번호 정하기
new-password-heading = 새 비밀번호 정하기
new-password-submit = 새 비밀번호 저장

# 기록 연결
link-title = 기록 연결
link-heading = 기록을 이 계정에 연결하기
link-lead = 주 정부가 보낸 편지에 적힌 접근 코드와 생년월일을 입력하십시오. 두 가지가 서로 맞는지 확인한 후에 기록을 보여 드립니다.
link-submit = 내 기록 연결
link-no-letter-heading = 편지를 받지 못하셨습니까?
link-no-letter-body = 주 범죄 기록 사무소에 기록 접근 코드를 요청하십시오. 사무소에 등록된 주소로 우편을 보내 드립니다. 법률 지원 사무소에서 요청을 도와 드릴 수 있습니다.
record-link-button = 접근 코드로 내 기록 연결하기
record-no-letter = 편지를 받지 못하셨습니까? 주 범죄 기록 사무소에 기록 접근 코드를 요청하십시오. 법률 지원 사무소에서 요청을 도와 드릴 수 있습니다.
record-share-link = 법률 지원 담당자와 내 기록 공유하기
record-views-link = 내 기록을 본 사람

# 법률 지원 담당자와 공유
sharing-title = 법률 지원 담당자와 기록 공유하기
sharing-heading = 법률 지원 담당자와 기록 공유하기
sharing-lead = 법률 지원 담당자는 기록을 이해하도록 돕고, 법원에 더 많은 기록의 정리를 요청하거나 잘못을 바로잡는 일을 도와 드릴 수 있습니다. 누가 얼마 동안 볼 수 있는지는 직접 정하시며, 언제든지 공유를 멈출 수 있습니다.
sharing-current-heading = 지금 기록을 볼 수 있는 사람
sharing-none = 기록을 볼 수 있는 법률 지원 담당자가 없습니다.
sharing-until = { $since }부터 { $until }까지
sharing-revoke = 공유 멈추기
sharing-revoke-label = { $name } 님과의 공유 멈추기
sharing-add-heading = 법률 지원 담당자와 공유하기
sharing-days-option = { $days }일
sharing-submit = 내 기록 공유하기

# 내 기록을 본 사람
views-title = 기록을 본 사람
views-heading = 기록을 본 사람
views-lead = 누군가 ‘나의 기록’에서 기록을 열 때마다 누가 언제 열었는지 적어 둡니다. 이 목록은 바꿀 수 없습니다.
views-none = 아직 아무도 기록을 보지 않았습니다.
views-none-others = 본인 외에는 아무도 기록을 보지 않았습니다.
views-when = 언제
views-who = 누가
views-role = 역할
views-organisation = 소속 기관
views-you = 본인
views-unnamed = 이름이 기록되지 않음
views-include-own = 내가 직접 본 횟수도 포함하기
views-show = 보기
views-count-others = { $count ->
    [1] 다른 사람이 기록을 한 번 보았습니다.
   *[other] 다른 사람들이 기록을 { $count }번 보았습니다.
}
views-count-all = 본인이 본 횟수를 포함해, 기록이 모두 { $count }번 열람되었습니다.
views-pages = 목록 페이지
views-page-of = { $pages }쪽 중 { $page }쪽
views-newer = 최근
views-older = 이전

# 법률 지원: 의뢰인
clients-title = 내 의뢰인
clients-heading = 내 의뢰인
clients-lead = 이분들이 기록을 볼 수 있게 허락해 주셨습니다. 기간은 각자 정하며, 언제든지 멈출 수 있습니다. 기록을 열 때마다, 열었다는 사실을 당사자가 볼 수 있습니다.
clients-none = 지금 기록을 공유한 사람이 없습니다.
clients-name = 이름
clients-until = 열람 가능 기한
client-record-heading = { $name } 님의 기록
client-record-consent = { $name } 님이 { $date }까지 이 기록을 볼 수 있게 허락했습니다. 기록을 열면 당사자가 그 사실을 볼 수 있습니다.

# 관리: 기록 접근 코드
admin-title = 관리
admin-heading = 관리
admin-code-heading = 기록 접근 코드 발급
admin-code-lead = 기록을 계정에 연결하려면 기록 접근 코드가 필요합니다. 새 코드를 발급하면 그 사람의 이전 미사용 코드는 더 이상 쓸 수 없습니다. 코드는 인쇄해서 우편으로 보낼 편지에 한 번만 나옵니다.
admin-code-submit = 코드 발급하고 편지 보기
admin-imports-heading = 주 데이터 추출본 가져오기
admin-imports-lead = 가져오기를 하면 주의 범죄 기록 추출본이 ‘나의 기록’에 전부 들어가거나, 하나도 들어가지 않습니다. 서버에서 다음 명령으로 실행합니다: myrecord import FILE
admin-imports-none = 아직 가져온 것이 없습니다.
admin-imports-file = 파일
admin-imports-as-of = 데이터 기준일
admin-imports-when = 가져온 때
admin-people = 사람
admin-charges = 혐의
admin-runs-heading = 정리 실행
admin-runs-lead = 실행하면 현재 시행 중인 규칙 묶음으로 기록을 검토하고, 법이 정리하는 것을 봉인하고, 각 기관에 보낼 통지를 작성합니다. 서버에서 모든 사람을 대상으로 실행하려면: myrecord clearance run --rules pa-act56. 검토 담당자가 기록을 바로잡으면 그 한 사람은 즉시 다시 검토됩니다.
admin-runs-none = 아직 정리 실행이 없었습니다.
admin-runs-run = 실행
admin-runs-rules = 규칙
admin-runs-when = 언제
admin-runs-counts = 결과
admin-runs-everyone = 모든 사람
admin-runs-one-person = 한 사람(기록 정정 후)
admin-runs-rules-value = { $law }, { $date } 기준
admin-runs-started = 시작: { $when }
admin-runs-finished = 종료: { $when }
admin-runs-unfinished = 끝나지 않음: 아직 실행 중이거나 중간에 멈춤
admin-runs-count-values = { $people_n ->
       *[other] { $people }명
    }, 혐의 { $charges_n ->
       *[other] { $charges }건
    }: 정리 { $cleared }건(새로 봉인 { $sealed }건), 대기 { $waiting }건, 정리 안 됨 { $not_cleared }건
letter-title = 기록 접근 코드 편지
letter-heading = 인쇄해서 우편으로 보낼 편지
letter-shown-once = 코드는 지금 한 번만 나옵니다. 저장되는 것은 알아볼 수 없게 바꾼 형태뿐입니다. 지금 편지를 인쇄하십시오. 이 페이지를 새로 고치면 새 코드가 발급됩니다.
letter-print-hint = 편지는 영어와 { $language }(으)로 인쇄됩니다.
letter-back = 관리 페이지로 돌아가기
letter-sender = 주 범죄 기록 사무소
letter-reference = 참조 번호: { $sid }. 날짜: { $date }.
letter-subject = 온라인으로 범죄 기록을 볼 수 있는 코드
letter-greeting = { $name } 님께
letter-why = ‘나의 기록’에서 범죄 기록을 온라인으로, 쉬운 말로 보실 수 있습니다. Clean Slate 법(범죄 기록을 자동으로 정리하는 법)에 따라 어떤 항목이 정리되었는지, 다른 항목은 언제 정리될 수 있는지, 잘못된 내용은 어떻게 알리는지 확인하실 수 있습니다. 개인정보 보호를 위해, 기록을 계정에 연결하려면 이 코드가 필요합니다.
letter-code-label = 기록 접근 코드:
letter-expires = 이 코드는 { $date }까지, 한 번만 쓸 수 있습니다.
letter-step-go = { $link }에 접속하십시오
letter-step-account = 로그인하시거나, 이메일 주소로 계정을 만드십시오.
letter-step-code = 위의 코드와 생년월일을 입력하십시오.
letter-keep-safe = 이 편지는 남에게 보이지 마십시오. 이 편지가 있으면 다른 사람이 기록을 볼 수 있습니다.
letter-not-expected = 이 편지를 받을 줄 모르셨다면, 아무것도 하지 않으셔도 됩니다. 코드는 저절로 쓸 수 없게 됩니다.

# 이메일 (일반 텍스트)
email-reset-subject = ‘나의 기록’ 새 비밀번호 정하기
email-reset-body =
    누군가 ‘나의 기록’ 계정의 비밀번호 재설정을 요청했습니다.

    새 비밀번호를 정하시려면 이 링크를 여십시오. 1시간 동안 한 번만 쓸 수 있습니다:
    { $link }

    본인이 요청하지 않으셨다면 아무것도 하지 않으셔도 됩니다. 비밀번호는 바뀌지 않았습니다.
email-change-link-subject = ‘나의 기록’ 새 이메일 주소 확인
email-change-link-body =
    누군가(아마 본인) ‘나의 기록’ 로그인에 이 주소를 쓰겠다고 요청했습니다.

    확인하시려면 이 링크를 여십시오. 24시간 동안 한 번만 쓸 수 있습니다:
    { $link }

    확인하실 때까지 계정은 예전 이메일 주소를 그대로 씁니다. 본인이 요청하지 않으셨다면 아무것도 하지 않으셔도 됩니다.
email-change-warning-subject = ‘나의 기록’ 이메일 주소 변경 요청
email-change-warning-body =
    누군가 ‘나의 기록’ 계정에 로그인해서 이메일을 다른 주소로 바꾸겠다고 요청했습니다. 새 주소로 보낸 링크를 열어야만 주소가 바뀝니다.

    본인이 요청하셨다면 아무것도 하지 않으셔도 됩니다.

    본인이 요청하지 않으셨다면, 그 사람이 다시 로그인하지 못하도록 지금 새 비밀번호를 정하십시오:
    { $reset }
email-change-taken-subject = 이 주소로 된 ‘나의 기록’ 계정이 이미 있습니다
email-change-taken-body =
    누군가(아마 본인) ‘나의 기록’ 계정을 이 이메일 주소로 옮기겠다고 요청했습니다. 이 주소로 된 계정이 이미 따로 있어서 아무것도 바뀌지 않았습니다.

    이 주소를 쓰시려면, 이 주소로 된 기존 계정에 로그인하십시오. 본인이 요청하지 않으셨다면 아무것도 하지 않으셔도 됩니다.
email-account-closed-subject = ‘나의 기록’ 계정이 닫혔습니다
email-account-closed-body =
    ‘나의 기록’ 계정이 닫혔습니다. 더 이상 로그인할 수 없으며, 앞으로 이메일을 보내 드리지 않습니다.

    범죄 기록은 지금까지처럼 주 정부가 보관합니다. 계정을 닫아도 기록은 바뀌지 않습니다. 알려 주신 잘못에 대해서는 기관이 계속 답변합니다. 접수 번호를 가지고 기관에 편지를 보내시거나 전화하십시오. 기록을 볼 수 있게 허락하신 법률 지원 담당자는 더 이상 기록을 볼 수 없습니다.

    ‘나의 기록’을 다시 이용하시려면 새 계정을 만들고 새 편지를 요청하십시오.
email-welcome-subject = ‘나의 기록’ 계정 안내
email-welcome-body =
    관리자가 ‘나의 기록’ 계정을 만들었습니다({ $role }).

    비밀번호를 정하시려면 이 링크를 여십시오. 7일 동안 한 번만 쓸 수 있습니다:
    { $link }

    처음 로그인하실 때 휴대전화의 인증 앱으로 2단계 로그인을 설정하게 됩니다.

# 계정 만들기: 계정이 생기기 전에 이메일 주소를 확인합니다
register-sent-heading = 이메일을 확인하십시오
register-sent-body = 입력하신 주소로 이메일을 보냈습니다. 24시간 안에 이메일 속 링크를 열어 계정 만들기를 마치십시오. 그 주소로 된 계정이 이미 있으시면, 대신 로그인하는 방법을 이메일로 알려 드립니다.
register-sent-spam = 몇 분이 지나도 이메일이 보이지 않으면 스팸 편지함을 확인하십시오.
register-confirm-title = 계정 만들기 마치기
register-confirm-heading = 계정 만들기 마치기
register-confirm-lead = 버튼을 누르면 계정이 만들어지고 로그인됩니다.
register-confirm-submit = 내 계정 만들기
register-link-invalid-heading = 이 링크는 사용할 수 없습니다
register-link-invalid-body = 이미 사용되었거나 24시간이 지난 링크일 수 있습니다. 계정을 다시 만드시거나, 이미 계정이 있으시면 로그인하십시오.
error-too-many-registrations = 이 주소로 이미 여러 번 이메일을 보냈습니다. 1시간 기다린 후 다시 시도하십시오.
email-register-subject = ‘나의 기록’ 계정 만들기 마치기
email-register-body =
    누군가(아마 본인) 이 이메일 주소로 ‘나의 기록’ 계정을 만들기 시작했습니다.

    마치시려면 이 링크를 여십시오. 24시간 동안 한 번만 쓸 수 있습니다:
    { $link }

    본인이 요청하지 않으셨다면 아무것도 하지 않으셔도 됩니다. 이 링크 없이는 계정이 만들어지지 않습니다.
email-account-exists-subject = ‘나의 기록’ 계정이 이미 있습니다
email-account-exists-body =
    누군가(아마 본인) 이 이메일 주소로 ‘나의 기록’ 계정을 만들려고 했지만, 이 주소로 된 계정이 이미 있습니다.

    로그인하시려면 여기로 가십시오:
    { $sign_in }

    비밀번호를 잊으셨다면 여기에서 새 비밀번호를 정하십시오:
    { $reset }

    본인이 요청하지 않으셨다면 아무것도 하지 않으셔도 됩니다. 바뀐 것은 없습니다.
