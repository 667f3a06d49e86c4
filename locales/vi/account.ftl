# Tài khoản, vai trò, đăng nhập hai bước, đặt lại mật khẩu, liên kết hồ sơ, chia sẻ hồ sơ, và ai
# đã xem hồ sơ. Cả các trang cho nhân viên trợ giúp pháp lý và quản trị viên, và các email.

# Menu và vai trò
nav-account = Tài khoản
nav-clients = Thân chủ của tôi
nav-admin = Quản trị
role-person = Người có hồ sơ
role-legal-aid = Nhân viên trợ giúp pháp lý
role-reviewer = Người xét duyệt của cơ quan
role-admin = Quản trị viên
sign-in-forgot = Quên mật khẩu?

# Ngày kèm giờ
date-time = { $date } lúc { $time } { $zone }

# Thông báo
notice-password-changed = Mật khẩu của quý vị đã được đổi. Hãy đăng nhập bằng mật khẩu mới. Mọi nơi khác quý vị đang đăng nhập đều đã được đăng xuất.
notice-two-step-expired = Việc này mất quá nhiều thời gian, nên chúng tôi đã dừng việc đăng nhập để giữ an toàn cho tài khoản của quý vị. Hãy đăng nhập lại.
notice-two-step-off = Đăng nhập hai bước đã tắt. Từ nay quý vị chỉ đăng nhập bằng mật khẩu.
notice-record-linked = Hồ sơ của quý vị nay đã được liên kết với tài khoản này.
notice-access-granted = Nhân viên trợ giúp pháp lý nay đã xem được hồ sơ của quý vị.
notice-access-revoked = Nhân viên trợ giúp pháp lý không còn xem được hồ sơ của quý vị nữa.
notice-email-link-sent = Chúng tôi đã gửi một đường dẫn đến địa chỉ mới. Hãy mở đường dẫn đó trong vòng 24 giờ để bắt đầu dùng địa chỉ này. Cho đến lúc đó, quý vị vẫn đăng nhập bằng email hiện tại.
notice-email-changed = Email của quý vị đã được đổi. Từ nay hãy đăng nhập bằng địa chỉ mới.
notice-account-closed = Tài khoản của quý vị đã được đóng và quý vị đã được đăng xuất. Tiểu bang vẫn lưu giữ hồ sơ của quý vị. Chúng tôi đã gửi một email cuối cùng để cho biết điều gì sẽ xảy ra tiếp theo.

# Đổi mật khẩu hoặc email, và đóng tài khoản
field-current-password = Mật khẩu hiện tại của quý vị
field-new-email = Địa chỉ email mới
error-current-password-missing = Hãy nhập mật khẩu hiện tại của quý vị
error-current-password-wrong = Đây không phải là mật khẩu hiện tại của quý vị. Hãy kiểm tra lại rồi thử lần nữa.
error-email-unchanged = Đây đã là email của quý vị rồi. Hãy nhập địa chỉ mới mà quý vị muốn dùng.
error-too-many-email-changes = Chúng tôi đã gửi nhiều đường dẫn cho tài khoản này. Hãy chờ một giờ rồi yêu cầu lại.
change-password-title = Đổi mật khẩu
change-password-lead = Hãy nhập mật khẩu hiện tại, rồi chọn mật khẩu mới. Sau khi đổi, quý vị sẽ đăng nhập lại, và mọi nơi khác quý vị đang đăng nhập đều sẽ được đăng xuất.
change-password-submit = Đổi mật khẩu của tôi
change-email-title = Đổi địa chỉ email
change-email-current = Quý vị đang đăng nhập bằng { $email }.
change-email-lead = Chúng tôi gửi một đường dẫn đến địa chỉ mới. Việc đổi chỉ xảy ra khi quý vị mở đường dẫn đó, để chúng tôi biết địa chỉ này là của quý vị. Chúng tôi cũng báo cho địa chỉ hiện tại của quý vị.
change-email-submit = Gửi đường dẫn
confirm-email-title = Xác nhận địa chỉ email mới
confirm-email-lead = Từ nay dùng { $email } để đăng nhập vào Hồ Sơ Của Tôi?
confirm-email-submit = Có, dùng địa chỉ này
confirm-email-taken-heading = Địa chỉ này đã có tài khoản riêng
confirm-email-taken-body = Một tài khoản Hồ Sơ Của Tôi khác đang dùng địa chỉ email này, nên email của quý vị không được đổi. Hãy đăng nhập và chọn một địa chỉ khác.
confirm-email-invalid-heading = Đường dẫn này không dùng được
confirm-email-invalid-body = Đường dẫn này đã được dùng rồi, đã quá 24 giờ, hoặc đã có một đường dẫn mới hơn được gửi đi. Hãy đăng nhập và yêu cầu đường dẫn mới từ trang tài khoản.
close-account-title = Đóng tài khoản
close-account-goes-heading = Việc đóng tài khoản sẽ làm gì
close-account-goes-sign-in = Quý vị sẽ không thể đăng nhập nữa. Mật khẩu, đăng nhập hai bước và địa chỉ email của quý vị sẽ bị gỡ khỏi tài khoản.
close-account-goes-sharing = Những nhân viên trợ giúp pháp lý mà quý vị đã cho xem hồ sơ sẽ không còn xem được nữa.
close-account-goes-drafts = Những khiếu nại quý vị đã bắt đầu nhưng chưa gửi sẽ bị xóa, cùng với tài liệu của chúng.
close-account-goes-email = Chúng tôi sẽ không gửi email nữa, trừ một email để báo rằng tài khoản đã được đóng.
close-account-stays-heading = Những gì vẫn còn
close-account-stays-record = Hồ sơ hình sự của quý vị. Hồ sơ này do tiểu bang lưu giữ, không phải do tài khoản này, và việc đóng tài khoản không làm thay đổi hồ sơ. Những gì luật Clean Slate đã xóa vẫn được xóa.
close-account-stays-disputes = Những lỗi quý vị đã báo. Cơ quan vẫn trả lời các khiếu nại đó; hãy viết thư hoặc gọi điện, kèm số tham chiếu, để biết câu trả lời.
close-account-stays-audit = Danh sách những ai đã xem hồ sơ của quý vị và những việc đã làm, mà luật buộc chúng tôi phải lưu giữ. Danh sách này không còn hiện email của quý vị.
close-account-again = Quý vị có thể quay lại sau: hãy tạo tài khoản mới và xin thư mới để liên kết hồ sơ.
close-account-submit = Đóng tài khoản của tôi

# Lỗi trong biểu mẫu
error-too-many-attempts = Đã có quá nhiều lần thử. Để bảo vệ an toàn cho quý vị, hãy chờ 15 phút rồi thử lại.
error-too-many-resets = Chúng tôi đã gửi nhiều đường dẫn đến địa chỉ này. Hãy chờ một giờ rồi yêu cầu lại.
error-password-common = Mật khẩu này quá phổ biến và dễ đoán. Hãy chọn mật khẩu khác, ví dụ ba hoặc bốn từ không liên quan với nhau.
error-password-from-context = Mật khẩu không được là địa chỉ email của quý vị hoặc tên của dịch vụ này. Hãy chọn mật khẩu khác.
error-two-step-code-missing = Hãy nhập mã 6 chữ số từ ứng dụng xác thực, hoặc một mã khôi phục
error-two-step-code-wrong = Mã không đúng. Hãy nhập mã mà ứng dụng đang hiện bây giờ, hoặc một trong các mã khôi phục của quý vị.
error-two-step-setup-wrong = Mã không đúng. Hãy kiểm tra xem đồng hồ của ứng dụng có đúng giờ không, rồi nhập mã mà ứng dụng đang hiện bây giờ.
error-access-code-missing = Hãy nhập mã truy cập trong thư của quý vị
error-access-code-format = Mã truy cập gồm 12 chữ cái và chữ số, ví dụ ACDE-FGHJ-KMNP. Hãy xem lại thư của quý vị.
error-access-code-wrong = Chúng tôi không nhận ra mã truy cập này. Hãy so lại với thư rồi thử lần nữa.
error-access-code-date-wrong = Ngày sinh không khớp với hồ sơ của mã này. Hãy kiểm tra lại rồi thử lần nữa.
error-access-code-locked = Mã truy cập này không còn dùng được: ngày sinh đã bị nhập sai quá nhiều lần. Để bảo vệ hồ sơ của quý vị, mã này không thể dùng lại. Hãy xin văn phòng hồ sơ hình sự của tiểu bang gửi thư mới; thư mới sẽ có mã mới.
error-access-code-replaced = Mã truy cập này không còn dùng được vì đã có thư mới hơn gửi cho quý vị. Hãy dùng mã trong thư mới nhất.
link-tries-left = { $tries ->
    [1] Quý vị còn 1 lần thử. Nếu ngày sinh lại sai, mã này sẽ ngừng hoạt động và quý vị sẽ cần thư mới.
   *[other] Quý vị còn { $tries } lần thử trước khi mã này ngừng hoạt động.
}
error-access-code-expired = Mã truy cập này đã hết hạn. Hãy xin thư mới.
error-access-code-used = Mã truy cập này đã được dùng rồi. Mỗi mã chỉ dùng được một lần. Hãy xin thư mới nếu quý vị cần.
error-date-missing = Hãy nhập ngày sinh của quý vị
error-date-incomplete = Hãy nhập ngày, tháng và năm
error-date-invalid = Hãy nhập một ngày có thật, ví dụ 14 3 1985 cho ngày 14 tháng 3 năm 1985
error-date-year = Hãy nhập năm bằng 4 chữ số, ví dụ 1985
error-date-future = Ngày sinh phải là một ngày trong quá khứ
error-legal-aid-unknown = Chúng tôi không tìm thấy nhân viên trợ giúp pháp lý nào có địa chỉ email này. Hãy hỏi lại văn phòng trợ giúp pháp lý của quý vị.
error-sharing-days = Hãy chọn thời gian họ được xem hồ sơ của quý vị
error-sid-missing = Hãy nhập số nhận dạng tiểu bang (SID) của người này
error-sid-unknown = Không có ai trong hồ sơ của tiểu bang có số nhận dạng này. Hãy kiểm tra lại rồi thử lần nữa.

# Các ô trong biểu mẫu
field-date-day = Ngày
field-date-month = Tháng
field-date-year = Năm
field-dob = Ngày sinh
field-dob-hint = Ngày, tháng và năm, ví dụ 14 3 1985 (ngày 14 tháng 3 năm 1985). Tháng có thể ghi bằng số, hoặc bằng tên tiếng Anh như March.
field-access-code = Mã truy cập
field-access-code-hint = Mã trong thư tiểu bang gửi cho quý vị, ví dụ ACDE-FGHJ-KMNP
field-two-step-code = Mã
field-two-step-code-hint = Mã 6 chữ số mà ứng dụng đang hiện bây giờ
field-two-step-sign-in-hint = Mã 6 chữ số từ ứng dụng xác thực. Nếu quý vị không có điện thoại bên mình, hãy dùng một trong các mã khôi phục.
field-legal-aid-email = Địa chỉ email của nhân viên trợ giúp pháp lý
field-legal-aid-email-hint = Địa chỉ họ dùng cho Hồ Sơ Của Tôi. Hãy hỏi họ nếu quý vị không chắc.
field-sharing-days = Họ được xem hồ sơ của quý vị trong bao lâu?
field-sid = Số nhận dạng tiểu bang (SID)
field-sid-hint = Như ghi trong hồ sơ của tiểu bang, ví dụ PA1000001
field-letter-language = Ngôn ngữ thứ hai của thư

# Trang tài khoản
account-title = Tài khoản của quý vị
account-heading = Tài khoản của quý vị
account-role = Loại tài khoản
account-two-step = Đăng nhập hai bước
account-two-step-on = Bật
account-two-step-off = Tắt
account-manage-two-step = Đăng nhập hai bước và mã khôi phục
account-link-record = Liên kết hồ sơ bằng mã trong thư
account-sharing = Chia sẻ hồ sơ với nhân viên trợ giúp pháp lý
account-views = Xem ai đã xem hồ sơ của quý vị
# Ngôn ngữ chúng tôi dùng để viết cho người này (email), lưu trong tài khoản
account-language-heading = Ngôn ngữ
account-language-lead = Chúng tôi viết cho quý vị bằng ngôn ngữ này: các email về tài khoản và về khiếu nại của quý vị. Các trang cũng dùng ngôn ngữ này khi quý vị đăng nhập.
account-language-field = Ngôn ngữ cho email và các trang
account-language-save = Lưu ngôn ngữ
account-language-saved = Đã lưu. Chúng tôi sẽ viết cho quý vị bằng ngôn ngữ này.

# Đăng nhập hai bước
two-step-setup-title = Thiết lập đăng nhập hai bước
two-step-setup-heading = Thiết lập đăng nhập hai bước
two-step-required = Tài khoản của quý vị có thể xem hồ sơ của người khác, nên phải dùng đăng nhập hai bước. Hãy thiết lập để tiếp tục.
two-step-setup-lead = Với đăng nhập hai bước, quý vị cần mật khẩu và một mã từ ứng dụng trên điện thoại. Người nào biết được mật khẩu của quý vị vẫn không vào được.
two-step-setup-step-app = Cài một ứng dụng xác thực trên điện thoại, nếu quý vị chưa có. Phần lớn đều miễn phí, ví dụ Google Authenticator, Microsoft Authenticator hoặc FreeOTP.
two-step-setup-step-scan = Trong ứng dụng, hãy thêm một tài khoản và quét mã này:
two-step-qr-alt = Mã QR cho ứng dụng xác thực của quý vị. Nếu không quét được, hãy gõ khóa ghi bên dưới mã.
two-step-setup-or-type = Nếu không quét được mã, hãy gõ khóa này vào ứng dụng:
two-step-setup-step-code = Nhập mã 6 chữ số mà ứng dụng đang hiện cho Hồ Sơ Của Tôi.
two-step-setup-submit = Bật đăng nhập hai bước
two-step-title = Đăng nhập hai bước
two-step-heading = Đăng nhập hai bước
two-step-is-on = Đăng nhập hai bước đang bật. Khi đăng nhập, quý vị nhập mật khẩu rồi nhập một mã từ ứng dụng.
two-step-recovery-heading = Mã khôi phục
two-step-codes-left = { $count ->
   *[other] Quý vị còn { $count } mã khôi phục. Mỗi mã dùng được một lần, khi quý vị không dùng được ứng dụng.
}
two-step-new-codes = Tạo mã khôi phục mới
two-step-off-heading = Tắt đăng nhập hai bước
two-step-off-lead = Tài khoản của quý vị sẽ kém an toàn hơn: chỉ cần mật khẩu là người khác vào được. Hãy nhập một mã từ ứng dụng để tắt.
two-step-off-submit = Tắt đăng nhập hai bước
recovery-codes-title = Mã khôi phục của quý vị
recovery-codes-heading = Mã khôi phục của quý vị
recovery-codes-lead = Nếu quý vị mất điện thoại, mỗi mã này cho phép đăng nhập một lần thay cho mã từ ứng dụng. Hãy chép lại hoặc in trang này, và cất ở nơi an toàn.
recovery-codes-once = Chúng tôi chỉ hiện các mã này một lần này thôi. Các mã khôi phục cũ của quý vị không còn dùng được.
recovery-codes-done = Tôi đã lưu các mã
two-step-sign-in-title = Nhập mã
two-step-sign-in-heading = Nhập mã từ ứng dụng
two-step-sign-in-submit = Tiếp tục

# Đặt lại mật khẩu
reset-title = Đặt lại mật khẩu
reset-heading = Đặt lại mật khẩu
reset-lead = Hãy nhập địa chỉ email của tài khoản. Chúng tôi sẽ gửi cho quý vị một đường dẫn để chọn mật khẩu mới.
reset-submit = Gửi đường dẫn
reset-sent = Nếu có tài khoản dùng địa chỉ email đó, chúng tôi đã gửi đến đó một đường dẫn để chọn mật khẩu mới. Đường dẫn dùng được trong 1 giờ. Nếu không thấy, hãy xem trong thư mục thư rác.
reset-link-invalid-heading = Đường dẫn này không dùng được
reset-link-invalid-body = Có thể đường dẫn đã được dùng rồi, hoặc đã quá một giờ. Hãy yêu cầu đường dẫn mới từ trang đăng nhập.
new-password-title = Chọn mật khẩu mới
new-password-heading = Chọn mật khẩu mới
new-password-submit = Lưu mật khẩu mới

# Liên kết hồ sơ
link-title = Liên kết hồ sơ
link-heading = Liên kết hồ sơ với tài khoản này
link-lead = Hãy nhập mã truy cập trong thư tiểu bang gửi cho quý vị, và ngày sinh của quý vị. Chúng tôi kiểm tra xem hai thông tin này có khớp với nhau không trước khi cho quý vị xem hồ sơ.
link-submit = Liên kết hồ sơ của tôi
link-no-letter-heading = Không có thư?
link-no-letter-body = Hãy xin văn phòng hồ sơ hình sự của tiểu bang một mã truy cập hồ sơ. Họ sẽ gửi mã qua bưu điện đến địa chỉ họ có về quý vị. Các văn phòng trợ giúp pháp lý có thể giúp quý vị xin.
record-link-button = Liên kết hồ sơ của tôi bằng mã truy cập
record-no-letter = Không có thư? Hãy xin văn phòng hồ sơ hình sự của tiểu bang một mã truy cập hồ sơ. Các văn phòng trợ giúp pháp lý có thể giúp quý vị xin.
record-share-link = Chia sẻ hồ sơ của tôi với nhân viên trợ giúp pháp lý
record-views-link = Ai đã xem hồ sơ của tôi

# Chia sẻ với nhân viên trợ giúp pháp lý
sharing-title = Chia sẻ hồ sơ với nhân viên trợ giúp pháp lý
sharing-heading = Chia sẻ hồ sơ với nhân viên trợ giúp pháp lý
sharing-lead = Nhân viên trợ giúp pháp lý có thể giúp quý vị hiểu hồ sơ của mình, xin tòa án xóa thêm các phần khác, hoặc sửa lỗi. Quý vị quyết định ai được xem và được xem trong bao lâu, và quý vị có thể dừng bất cứ lúc nào.
sharing-current-heading = Ai đang xem được hồ sơ của quý vị
sharing-none = Không có nhân viên trợ giúp pháp lý nào xem được hồ sơ của quý vị.
sharing-until = Từ { $since } đến { $until }
sharing-revoke = Ngừng chia sẻ
sharing-revoke-label = Ngừng chia sẻ với { $name }
sharing-add-heading = Chia sẻ với một nhân viên trợ giúp pháp lý
sharing-days-option = { $days } ngày
sharing-submit = Chia sẻ hồ sơ của tôi

# Ai đã xem hồ sơ của tôi
views-title = Ai đã xem hồ sơ của quý vị
views-heading = Ai đã xem hồ sơ của quý vị
views-lead = Mỗi lần có người mở hồ sơ của quý vị trên Hồ Sơ Của Tôi, chúng tôi ghi lại đó là ai và vào lúc nào. Danh sách này không thể bị thay đổi.
views-none = Chưa có ai xem hồ sơ của quý vị.
views-none-others = Chưa có người nào khác xem hồ sơ của quý vị.
views-when = Khi nào
views-who = Ai
views-role = Vai trò
views-organisation = Tổ chức
views-you = Quý vị
views-unnamed = Không ghi tên
views-include-own = Tính cả những lần tôi tự xem
views-show = Hiển thị
views-count-others = { $count ->
    [1] Một người khác đã xem hồ sơ của quý vị một lần.
   *[other] Những người khác đã xem hồ sơ của quý vị { $count } lần.
}
views-count-all = { $count ->
    [1] Hồ sơ của quý vị đã được xem một lần, tính cả những lần quý vị tự xem.
   *[other] Hồ sơ của quý vị đã được xem { $count } lần, tính cả những lần quý vị tự xem.
}
views-pages = Các trang của danh sách
views-page-of = Trang { $page } trên { $pages }
views-newer = Mới hơn
views-older = Cũ hơn

# Trợ giúp pháp lý: thân chủ
clients-title = Thân chủ của tôi
clients-heading = Thân chủ của tôi
clients-lead = Những người này đã cho phép quý vị xem hồ sơ của họ. Mỗi người tự quyết định cho xem trong bao lâu, và có thể dừng bất cứ lúc nào. Mỗi lần quý vị mở một hồ sơ, người đó đều thấy được việc này.
clients-none = Hiện chưa có ai chia sẻ hồ sơ với quý vị.
clients-name = Tên
clients-until = Được xem đến
client-record-heading = Hồ sơ của { $name }
client-record-consent = { $name } đã cho phép quý vị xem hồ sơ này đến ngày { $date }. Họ có thể thấy việc quý vị đã mở hồ sơ.

# Quản trị: mã truy cập hồ sơ
admin-title = Quản trị
admin-heading = Quản trị
admin-code-heading = Cấp mã truy cập hồ sơ
admin-code-lead = Một người cần có mã truy cập hồ sơ để liên kết hồ sơ với tài khoản của họ. Khi cấp mã mới, mọi mã cũ chưa dùng của người đó sẽ ngừng hoạt động. Mã chỉ hiện một lần, trong một lá thư để in và gửi qua bưu điện.
admin-code-submit = Cấp mã và hiện thư
admin-imports-heading = Các lần nhập dữ liệu trích xuất của tiểu bang
admin-imports-lead = Mỗi lần nhập sẽ nạp dữ liệu trích xuất lý lịch hình sự của tiểu bang vào Hồ Sơ Của Tôi: nạp toàn bộ, hoặc không nạp gì. Chạy một lần nhập trên máy chủ bằng lệnh: myrecord import FILE
admin-imports-none = Chưa nhập dữ liệu nào.
admin-imports-file = Tệp
admin-imports-as-of = Dữ liệu cập nhật đến
admin-imports-when = Thời điểm nhập
admin-people = Số người
admin-charges = Số cáo buộc
admin-runs-heading = Các đợt xét xóa hồ sơ
admin-runs-lead = Mỗi đợt xét sẽ xem xét các hồ sơ theo bộ quy tắc đang có hiệu lực, niêm phong những gì luật xóa và soạn thông báo cho từng cơ quan. Chạy một đợt cho mọi người trên máy chủ bằng lệnh: myrecord clearance run --rules pa-act56. Khi người xét duyệt sửa hồ sơ của một người, người đó được xem xét lại ngay.
admin-runs-none = Chưa có đợt xét xóa hồ sơ nào.
admin-runs-run = Đợt xét
admin-runs-rules = Quy tắc
admin-runs-when = Khi nào
admin-runs-counts = Những gì tìm thấy
admin-runs-everyone = Mọi người
admin-runs-one-person = Một người, sau khi sửa hồ sơ
admin-runs-rules-value = { $law }, tính đến ngày { $date }
admin-runs-started = Bắt đầu { $when }
admin-runs-finished = xong { $when }
admin-runs-unfinished = chưa xong: vẫn đang chạy, hoặc đã dừng trước khi kết thúc
admin-runs-count-values = { $people_n ->
       *[other] { $people } người
    }, { $charges_n ->
       *[other] { $charges } cáo buộc
    }: { $cleared } đã xóa ({ $sealed } mới niêm phong), { $waiting } đang chờ, { $not_cleared } không được xóa
letter-title = Thư mã truy cập hồ sơ
letter-heading = Thư để in và gửi qua bưu điện
letter-shown-once = Đây là lần duy nhất mã được hiện: hệ thống chỉ lưu mã ở dạng đã mã hóa. Hãy in thư ngay bây giờ. Tải lại trang này sẽ cấp một mã mới.
letter-print-hint = Thư được in bằng tiếng Anh và { $language }.
letter-back = Quay lại trang quản trị
letter-sender = Văn phòng hồ sơ hình sự của tiểu bang
letter-reference = Số tham chiếu: { $sid }. Ngày: { $date }.
letter-subject = Mã để quý vị xem hồ sơ hình sự của mình trên mạng
letter-greeting = Kính gửi { $name },
letter-why = Quý vị có thể xem hồ sơ hình sự của mình trên mạng, bằng lời dễ hiểu, với Hồ Sơ Của Tôi. Quý vị có thể thấy những mục nào luật Clean Slate đã xóa, khi nào các mục khác có thể được xóa, và cách báo lỗi. Để bảo vệ quyền riêng tư của quý vị, quý vị cần mã này để liên kết hồ sơ với tài khoản của mình.
letter-code-label = Mã truy cập hồ sơ của quý vị:
letter-expires = Mã này dùng được một lần, cho đến ngày { $date }.
letter-step-go = Vào { $link }
letter-step-account = Đăng nhập, hoặc tạo tài khoản bằng địa chỉ email của quý vị.
letter-step-code = Nhập mã ở trên và ngày sinh của quý vị.
letter-keep-safe = Hãy giữ kín thư này: có thư này, người khác có thể xem hồ sơ của quý vị.
letter-not-expected = Nếu quý vị không chờ đợi thư này, quý vị không cần làm gì cả. Mã sẽ tự ngừng hoạt động.

# Email (văn bản thuần)
email-reset-subject = Chọn mật khẩu mới cho Hồ Sơ Của Tôi
email-reset-body =
    Có người đã yêu cầu đặt lại mật khẩu cho tài khoản Hồ Sơ Của Tôi của quý vị.

    Để chọn mật khẩu mới, hãy mở đường dẫn này. Đường dẫn dùng được một lần, trong 1 giờ:
    { $link }

    Nếu không phải quý vị yêu cầu, quý vị không cần làm gì cả: mật khẩu của quý vị không thay đổi.
email-change-link-subject = Xác nhận email mới cho Hồ Sơ Của Tôi
email-change-link-body =
    Có người (có lẽ là quý vị) đã yêu cầu dùng địa chỉ này để đăng nhập vào Hồ Sơ Của Tôi.

    Để xác nhận, hãy mở đường dẫn này. Đường dẫn dùng được một lần, trong 24 giờ:
    { $link }

    Cho đến khi quý vị xác nhận, tài khoản vẫn giữ email cũ. Nếu không phải quý vị yêu cầu, quý vị không cần làm gì cả.
email-change-warning-subject = Email của tài khoản Hồ Sơ Của Tôi đang được đổi
email-change-warning-body =
    Có người đã đăng nhập vào tài khoản Hồ Sơ Của Tôi của quý vị và yêu cầu đổi email sang một địa chỉ khác. Việc đổi chỉ xảy ra khi đường dẫn gửi đến địa chỉ mới được mở.

    Nếu đó là quý vị, quý vị không cần làm gì cả.

    Nếu không phải quý vị, hãy chọn mật khẩu mới ngay bây giờ, để người đó không thể đăng nhập lại:
    { $reset }
email-change-taken-subject = Địa chỉ này đã có tài khoản Hồ Sơ Của Tôi
email-change-taken-body =
    Có người (có lẽ là quý vị) đã yêu cầu chuyển một tài khoản Hồ Sơ Của Tôi sang địa chỉ email này. Địa chỉ này đã có tài khoản riêng, nên không có gì thay đổi.

    Nếu quý vị muốn dùng địa chỉ này, hãy đăng nhập vào tài khoản sẵn có của địa chỉ này. Nếu không phải quý vị yêu cầu, quý vị không cần làm gì cả.
email-account-closed-subject = Tài khoản Hồ Sơ Của Tôi của quý vị đã được đóng
email-account-closed-body =
    Tài khoản Hồ Sơ Của Tôi của quý vị đã được đóng. Quý vị không thể đăng nhập nữa, và chúng tôi sẽ không gửi email cho quý vị nữa.

    Hồ sơ hình sự của quý vị vẫn do tiểu bang lưu giữ như trước: việc đóng tài khoản không làm thay đổi hồ sơ. Cơ quan vẫn sẽ trả lời những lỗi quý vị đã báo; hãy viết thư hoặc gọi cho họ, kèm số tham chiếu. Những nhân viên trợ giúp pháp lý mà quý vị đã cho xem hồ sơ sẽ không còn xem được nữa.

    Để dùng lại Hồ Sơ Của Tôi, hãy tạo tài khoản mới và xin thư mới.
email-welcome-subject = Tài khoản Hồ Sơ Của Tôi của quý vị
email-welcome-body =
    Một quản trị viên đã tạo cho quý vị một tài khoản Hồ Sơ Của Tôi ({ $role }).

    Để chọn mật khẩu, hãy mở đường dẫn này. Đường dẫn dùng được một lần, trong 7 ngày:
    { $link }

    Khi đăng nhập lần đầu, quý vị sẽ thiết lập đăng nhập hai bước với một ứng dụng xác thực trên điện thoại.

# Tạo tài khoản: địa chỉ email được xác nhận trước khi tài khoản được tạo
register-sent-heading = Hãy kiểm tra email
register-sent-body = Chúng tôi đã gửi một email đến địa chỉ quý vị đã cho. Hãy mở đường dẫn trong email đó trong vòng 24 giờ để hoàn tất việc tạo tài khoản. Nếu quý vị đã có tài khoản với địa chỉ đó, email sẽ cho quý vị biết cách đăng nhập.
register-sent-spam = Nếu sau vài phút vẫn không thấy email, hãy xem trong thư mục thư rác.
register-confirm-title = Hoàn tất việc tạo tài khoản
register-confirm-heading = Hoàn tất việc tạo tài khoản
register-confirm-lead = Hãy bấm nút để tạo tài khoản. Quý vị sẽ được đăng nhập.
register-confirm-submit = Tạo tài khoản của tôi
register-link-invalid-heading = Đường dẫn này không dùng được
register-link-invalid-body = Có thể đường dẫn đã được dùng rồi, hoặc đã quá 24 giờ. Hãy tạo lại tài khoản, hoặc đăng nhập nếu quý vị đã có tài khoản.
error-too-many-registrations = Chúng tôi đã gửi nhiều email đến địa chỉ này. Hãy chờ một giờ rồi thử lại.
email-register-subject = Hoàn tất việc tạo tài khoản Hồ Sơ Của Tôi
email-register-body =
    Có người (có lẽ là quý vị) đã bắt đầu tạo tài khoản Hồ Sơ Của Tôi bằng địa chỉ email này.

    Để hoàn tất, hãy mở đường dẫn này. Đường dẫn dùng được một lần, trong 24 giờ:
    { $link }

    Nếu không phải quý vị, quý vị không cần làm gì cả: không có tài khoản nào được tạo nếu không có đường dẫn này.
email-account-exists-subject = Quý vị đã có tài khoản Hồ Sơ Của Tôi
email-account-exists-body =
    Có người (có lẽ là quý vị) đã thử tạo tài khoản Hồ Sơ Của Tôi bằng địa chỉ email này, nhưng địa chỉ này đã có tài khoản.

    Để đăng nhập, hãy vào:
    { $sign_in }

    Nếu quý vị quên mật khẩu, hãy chọn mật khẩu mới tại đây:
    { $reset }

    Nếu không phải quý vị, quý vị không cần làm gì cả: không có gì thay đổi.
