# Dùng chung cho mọi trang: tên dịch vụ, bố cục, thanh điều hướng, biểu mẫu.
service-name = Hồ Sơ Của Tôi
layout-skip-to-content = Chuyển đến nội dung chính
layout-nav-label = Menu chính
layout-footer-synthetic = Hồ Sơ Của Tôi cho quý vị thấy hồ sơ hình sự mà tiểu bang lưu giữ về quý vị, và những gì luật Clean Slate (nghĩa là “làm lại từ đầu”) đã làm với hồ sơ đó. Đây không phải là tư vấn pháp lý.
nav-my-record = Hồ sơ của tôi
nav-sign-out = Đăng xuất
nav-back = Quay lại
nav-home = Về trang đầu
form-error-summary-title = Có điều cần sửa
form-error-prefix = Lỗi:
# Tên của ngôn ngữ bằng chính ngôn ngữ đó, hiện trong nút chọn ngôn ngữ trên các trang ngôn ngữ khác.
language-endonym = Tiếng Việt
# Tên từng ngôn ngữ bằng ngôn ngữ của trang này, cho danh sách của người xét duyệt.
language-name-en = tiếng Anh
language-name-es = tiếng Tây Ban Nha
language-name-zh-hans = tiếng Trung (giản thể)
language-name-vi = tiếng Việt
language-name-ko = tiếng Hàn
language-name-tl = tiếng Tagalog
language-name-ru = tiếng Nga
language-name-ar = tiếng Ả Rập
# Nút mở danh sách ngôn ngữ, đứng trước tên ngôn ngữ của trang.
language-menu-label = Ngôn ngữ

# Ngày tháng
date-long = { $day } { $month } năm { $year }
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12

# Trang đầu và đăng nhập
start-title = Xem hồ sơ hình sự của quý vị
start-heading = Xem hồ sơ hình sự của quý vị bằng lời dễ hiểu
start-lead = Theo { $law }, nhiều hồ sơ cũ được tự động xóa khỏi các lần kiểm tra lý lịch công khai, mà quý vị không cần phải xin. Hãy đăng nhập để xem hồ sơ của quý vị có những gì và luật đã làm gì với hồ sơ đó.
start-can-see = mọi lần bị bắt và mọi cáo buộc mà tiểu bang lưu giữ, được giải thích bằng lời dễ hiểu
start-can-cleared = những mục nào đã được tự động xóa, và vì sao
start-can-when = khi nào các mục còn lại có thể được xóa
start-go-to-record = Đến hồ sơ của tôi
sign-in-heading = Đăng nhập
sign-in-submit = Đăng nhập
sign-in-no-account = Chưa có tài khoản?
sign-in-create-account = Tạo tài khoản
field-email = Địa chỉ email
field-password = Mật khẩu
notice-signed-out = Quý vị đã đăng xuất.
notice-sign-in-to-see-record = Hãy đăng nhập để xem hồ sơ của quý vị.

# Tạo tài khoản
register-title = Tạo tài khoản
register-heading = Tạo tài khoản
register-lead = Quý vị cần có tài khoản để xem hồ sơ của mình. Hãy dùng một địa chỉ email mà chỉ quý vị đọc được.
register-submit = Tạo tài khoản
field-new-password = Đặt mật khẩu
field-new-password-hint = Dùng ít nhất 12 ký tự. Ghép vài từ không liên quan với nhau sẽ tạo ra một mật khẩu mạnh mà dễ nhớ.
field-password-confirm = Nhập lại mật khẩu

# Lỗi trong biểu mẫu (hiện cạnh ô nhập và trong phần tóm tắt ở đầu trang)
error-email-missing = Hãy nhập địa chỉ email của quý vị
error-email-invalid = Hãy nhập địa chỉ email đúng dạng, ví dụ name@example.com
error-password-missing = Hãy nhập mật khẩu của quý vị
error-sign-in-failed = Địa chỉ email hoặc mật khẩu chưa đúng. Hãy kiểm tra lại rồi thử lần nữa.
error-password-too-short = Mật khẩu phải có ít nhất 12 ký tự
error-password-too-long = Mật khẩu chỉ được có tối đa 128 ký tự
error-password-mismatch = Hai mật khẩu không giống nhau. Hãy nhập cùng một mật khẩu hai lần.
error-form-expired-retry = Biểu mẫu này đã hết hạn để bảo vệ an toàn cho quý vị. Hãy kiểm tra những gì quý vị đã nhập rồi gửi lại.

# Những trang chỉ báo một điều
error-not-found-heading = Không tìm thấy trang
error-not-found-body = Nếu quý vị tự gõ địa chỉ trang web, hãy kiểm tra xem địa chỉ có đúng không. Nếu quý vị bấm vào một đường dẫn, có thể đường dẫn đó đã cũ.
error-server-heading = Xin lỗi, đã có sự cố
error-server-body = Những gì quý vị đã nhập không bị mất. Hãy thử lại sau vài phút.
error-form-expired-heading = Biểu mẫu này đã hết hạn
error-form-expired-body = Để bảo vệ an toàn cho quý vị, biểu mẫu chỉ dùng được trong một thời gian nhất định. Hãy quay lại, tải lại trang rồi thử lần nữa.
error-bad-request-heading = Chúng tôi không đọc được yêu cầu đó
error-bad-request-body = Hãy quay lại và thử lần nữa.
error-timeout-heading = Việc này mất quá nhiều thời gian
error-timeout-body = Trang đã chờ quá lâu để nhận những gì trình duyệt của quý vị gửi, nên đã dừng lại. Chưa có gì được lưu. Hãy quay lại và thử lần nữa.
error-unavailable-heading = Dịch vụ này hiện không hoạt động
error-unavailable-body = Đây là sự cố từ phía chúng tôi, không phải do quý vị làm sai. Hãy thử lại sau vài phút. Nếu quý vị đang gửi một biểu mẫu, lúc đó hãy gửi lại.
error-unreadable-text-heading = Chúng tôi không đọc được những gì quý vị gửi
error-unreadable-text-body = Một phần văn bản ở dạng mà chúng tôi không đọc được. Điều này có thể xảy ra khi văn bản được sao chép từ một chương trình khác. Hãy quay lại, gõ lại rồi gửi.
error-text-unreadable = Một phần văn bản này ở dạng mà chúng tôi không đọc được. Điều này có thể xảy ra khi văn bản được sao chép từ một chương trình khác. Hãy gõ lại.

# Hồ sơ của tôi
record-heading = Hồ sơ của tôi
record-greeting = Xin chào { $name }. Đây là hồ sơ hình sự mà tiểu bang lưu giữ về quý vị.
record-as-of = Thông tin này được cập nhật đến ngày { $date }. Các quyết định mới hơn của tòa án có thể chưa có ở đây.
record-not-linked-heading = Hồ sơ của quý vị chưa được liên kết với tài khoản này
record-not-linked-body = Để bảo vệ quyền riêng tư của quý vị, chúng tôi chỉ hiện một hồ sơ khi đã chắc chắn hồ sơ đó là của quý vị.
record-not-linked-code = Tiểu bang gửi thư qua bưu điện, có mã truy cập hồ sơ, đến địa chỉ mà tiểu bang có về quý vị. Quý vị sẽ dùng mã đó và ngày sinh của mình để liên kết hồ sơ với tài khoản này.
record-summary-empty = { $reader ->
    [other] Hồ sơ này không có mục nào.
   *[self] Hồ sơ của quý vị không có mục nào.
}
record-summary-none-reviewed = { $reader ->
    [other] { $count ->
        [1] Hồ sơ này có 1 mục. Mục này chưa được xem xét để tự động xóa.
       *[other] Hồ sơ này có { $count } mục. Chưa có mục nào được xem xét để tự động xóa.
    }
   *[self] { $count ->
        [1] Hồ sơ của quý vị có 1 mục. Mục này chưa được xem xét để tự động xóa.
       *[other] Hồ sơ của quý vị có { $count } mục. Chưa có mục nào được xem xét để tự động xóa.
    }
}
record-summary-cleared = { $reader ->
    [other] { $total ->
        [1] { $cleared ->
            [0] Mục duy nhất trong hồ sơ này không được xóa.
           *[other] Mục duy nhất trong hồ sơ này đã được xóa.
        }
       *[other] Đã xóa { $cleared } trên tổng số { $total } mục trong hồ sơ này.
    }
   *[self] { $total ->
        [1] { $cleared ->
            [0] Mục duy nhất trong hồ sơ của quý vị không được xóa.
           *[other] Mục duy nhất trong hồ sơ của quý vị đã được xóa.
        }
       *[other] Đã xóa { $cleared } trên tổng số { $total } mục trong hồ sơ của quý vị.
    }
}
record-summary-waiting = { $count ->
   *[other] { $count } mục đang chờ và có thể được xóa sau này.
}
record-summary-not-cleared = { $count ->
   *[other] { $count } mục không thể được xóa tự động.
}
record-summary-not-reviewed = { $count ->
   *[other] { $count } mục chưa được xem xét.
}
record-glossary-title = Ý nghĩa của các nhãn
record-help-link = Tìm hiểu thêm về các từ ngữ trong hồ sơ, và những gì luật xóa

# Nhãn tình trạng
status-cleared = Đã xóa
status-waiting = Đang chờ
status-not-cleared = Không được xóa
status-not-reviewed = Chưa xem xét
status-cleared-meaning = Đã được luật xóa. Mỗi mục ghi rõ việc đã làm: niêm phong (ẩn khỏi hầu hết các lần kiểm tra lý lịch; cảnh sát và tòa án vẫn xem được), tiêu hủy, hủy bỏ bản án, bác bỏ, hoặc hạ xuống mức nhẹ hơn.
status-waiting-meaning = Có thể được tự động xóa vào một ngày sau này, nếu từ nay đến lúc đó không có gì thay đổi.
status-not-cleared-meaning = { $reader ->
    [other] Luật không tự động xóa mục này. Có thể người này vẫn xin được tòa án niêm phong hoặc tiêu hủy mục này.
   *[self] Luật không tự động xóa mục này. Có thể quý vị vẫn xin được tòa án niêm phong hoặc tiêu hủy mục này.
}
status-not-reviewed-meaning = Tiểu bang chưa kiểm tra xem mục này có được tự động xóa hay không.

# Một lần bị bắt (vụ án) và các cáo buộc
case-heading = Vụ bắt giữ ngày { $date }, do { $agency } thực hiện
case-tracking-number = Số theo dõi
case-court-case = Vụ án tại tòa
case-court = Tòa án
charge-offense-unknown = Hồ sơ không ghi rõ đây là tội gì
charge-law = Luật
charge-law-value = { $statute }, { $grade }
law-unknown = luật Clean Slate
charge-what-happened = Điều gì đã xảy ra
charge-date = Ngày quyết định
charge-no-date = Chưa có quyết định
charge-clearance = Việc xóa hồ sơ

# Mức độ của tội, bằng lời dễ hiểu
grade-f1 = trọng tội bậc một (loại trọng tội nặng nhất)
grade-f2 = trọng tội bậc hai
grade-f3 = trọng tội bậc ba
grade-f = trọng tội
grade-m1 = khinh tội bậc một (loại khinh tội nặng nhất)
grade-m2 = khinh tội bậc hai
grade-m3 = khinh tội bậc ba
grade-m = khinh tội
grade-s = vi phạm nhẹ (loại nhẹ nhất, giống như một giấy phạt giao thông)
grade-i = vi phạm hành chính (loại nhẹ nhất, không phải là tội)
grade-unknown = chưa ghi mức độ

# Điều gì đã xảy ra: một câu dễ hiểu cho mỗi kết quả
disposition-convicted = { $reader ->
    [other] Người này bị tuyên có tội hoặc đã nhận tội (tức là bị kết án).
   *[self] Quý vị bị tuyên có tội hoặc đã nhận tội (tức là bị kết án).
}
disposition-dismissed = Tòa án đã bác bỏ cáo buộc này. Như vậy là không bị kết án.
disposition-withdrawn = Công tố viên đã rút lại cáo buộc này. Như vậy là không bị kết án.
disposition-nolle-prossed = Công tố viên đã bỏ cáo buộc này (nolle prosequi). Như vậy là không bị kết án.
disposition-acquitted = { $reader ->
    [other] Người này được tuyên vô tội. Như vậy là không bị kết án.
   *[self] Quý vị được tuyên vô tội. Như vậy là không bị kết án.
}
disposition-diverted = { $reader ->
    [other] Người này đã hoàn thành một chương trình thay thế xét xử (diversion), nên cáo buộc này không dẫn đến kết án.
   *[self] Quý vị đã hoàn thành một chương trình thay thế xét xử (diversion), nên cáo buộc này không dẫn đến kết án.
}
disposition-pardoned = { $reader ->
    [other] Người này đã được Thống đốc ân xá.
   *[self] Quý vị đã được Thống đốc ân xá.
}
disposition-pending = Vụ án vẫn đang mở. Chưa có quyết định nào.
disposition-unknown = Hồ sơ không ghi cáo buộc này đã kết thúc ra sao.

# Quyết định về việc xóa và lý do
decision-cleared = Có thể được niêm phong theo { $law } từ ngày { $date }; lần xem xét tới sẽ niêm phong mục này.
decision-sealed = Đã được niêm phong ngày { $date } theo { $law }. Từ đó, hầu hết các lần kiểm tra lý lịch không còn thấy mục này.
decision-eligible-since = Luật cho phép niêm phong mục này từ ngày { $date }; mục này chỉ được ẩn đi kể từ ngày được niêm phong.
remedy-eligible-since = Luật cho phép việc này từ ngày { $date }; việc này có hiệu lực vào ngày ghi ở trên.
decision-waiting = Mục này có thể được xóa vào ngày { $date }.
decision-run = Đã xem xét theo { $law } vào ngày { $date }.
decision-reviewed = Đã xem xét vào ngày { $date }.

# Việc xóa làm gì, cho quyết định của những luật có nêu cách xử lý ({ $law } là tên luật,
# { $date } là ngày, { $grade } là mức nhẹ hơn, viết bằng lời).
remedy-due-seal = Có thể được niêm phong theo { $law } từ ngày { $date }; lần xem xét tới sẽ niêm phong mục này.
remedy-due-expunge = Có thể được tiêu hủy theo { $law } từ ngày { $date }; lần xem xét tới sẽ làm việc này.
remedy-due-set-aside = Bản án này có thể được hủy bỏ theo { $law } từ ngày { $date }; lần xem xét tới sẽ làm việc này.
remedy-due-dismiss-and-seal = Có thể được bác bỏ và niêm phong theo { $law } từ ngày { $date }; lần xem xét tới sẽ làm việc này.
remedy-due-reduce = Có thể được hạ xuống thành { $grade } theo { $law } từ ngày { $date }; lần xem xét tới sẽ làm việc này.
remedy-done-seal = Đã được niêm phong ngày { $date } theo { $law }.
remedy-done-expunge = Đã được tiêu hủy ngày { $date } theo { $law }.
remedy-done-set-aside = Bản án đã được hủy bỏ ngày { $date } theo { $law }.
remedy-done-dismiss-and-seal = Đã được bác bỏ và niêm phong ngày { $date } theo { $law }.
remedy-done-reduce = Đã được hạ xuống thành { $grade } ngày { $date } theo { $law }.
remedy-meaning-seal = Niêm phong nghĩa là hầu hết chủ thuê lao động và chủ cho thuê nhà khi kiểm tra lý lịch sẽ không thấy mục này. Cảnh sát và tòa án vẫn xem được.
remedy-meaning-expunge = Tiêu hủy nghĩa là hồ sơ bị hủy đi, không còn nữa. Các lần kiểm tra lý lịch không thấy mục này, và quý vị không phải kể với ai về việc này.
remedy-meaning-set-aside = Hủy bỏ bản án nghĩa là luật coi như việc kết án chưa từng xảy ra. Hầu hết các lần kiểm tra lý lịch không thấy bản án này. Cảnh sát và tòa án vẫn xem được.
remedy-meaning-dismiss-and-seal = Bác bỏ và niêm phong nghĩa là việc kết án không còn giá trị, vì việc đã làm nay không còn là tội nữa. Các lần kiểm tra lý lịch không thấy bản án này.
remedy-meaning-reduce = Hạ mức nghĩa là việc kết án vẫn còn trong hồ sơ của quý vị, nhưng được tính là loại tội nhẹ hơn. Các lần kiểm tra lý lịch sẽ thấy mức nhẹ hơn đó.
reduced-grade-m = khinh tội
reduced-grade-i = vi phạm hành chính (không phải là tội)
reason-not-final = Cáo buộc này chưa được tòa án giải quyết xong, nên chưa thể xóa.
reason-waiting-period = Thời gian chờ theo luật định vẫn chưa hết.
reason-restitution-owed = Vụ án này vẫn còn nợ tiền bồi thường. Mục này có thể được xem xét lại khi đã trả xong.
reason-excluded-offense = Luật này không áp dụng cho tội này.
reason-disqualifying-history = { $reader ->
    [other] Những lần bị kết án khác trong hồ sơ này khiến mục này không được tự động xóa.
   *[self] Những lần bị kết án khác trong hồ sơ của quý vị khiến mục này không được tự động xóa.
}
held-back-by = Đây là những lần bị kết án đã ngăn việc xóa:
held-back-entry = { $offense }, { $date }
reason-grade-not-covered = Luật không tự động xóa những lần bị kết án ở mức độ này.
reason-no-rule = Không có quy định nào của luật áp dụng cho mục này.
reason-missing-data = Hồ sơ thiếu một chi tiết mà luật cần để quyết định, ví dụ như mức án. Nếu quý vị báo lỗi, chi tiết đó có thể được bổ sung.
reason-no-lesser-offense = Sau khi luật thay đổi, tội này vẫn ở mức cũ hoặc cao hơn, nên không có gì để hạ.
reason-date-not-covered = Hành vi phạm tội xảy ra sau khi luật thay đổi, nên phần này của luật không áp dụng.
reason-pending-charge = { $reader ->
    [other] Người này có một vụ án vẫn đang mở tại tòa. Chưa thể tự động xóa mục nào cho đến khi vụ án đó kết thúc.
   *[self] Quý vị có một vụ án vẫn đang mở tại tòa. Chưa thể tự động xóa mục nào cho đến khi vụ án đó kết thúc.
}
reason-conviction-limit = { $reader ->
    [other] Người này có nhiều lần bị kết án loại này hơn số lần mà luật cho phép tự động xóa.
   *[self] Quý vị có nhiều lần bị kết án loại này hơn số lần mà luật cho phép tự động xóa.
}

# Liên hệ: nơi nói chuyện với một người (do nơi vận hành cổng thông tin cấu hình)
footer-contact = Liên hệ
contact-title = Liên hệ – Hồ Sơ Của Tôi
contact-heading = Nói chuyện với một người
contact-lead = Hồ Sơ Của Tôi không thể tự trả lời câu hỏi. Các văn phòng sau đây thì có thể: văn phòng hồ sơ hình sự của tiểu bang trả lời về nội dung hồ sơ của quý vị, còn các tổ chức trợ giúp pháp lý cho biết quý vị có thể làm gì tiếp theo. Trợ giúp pháp lý là miễn phí cho người hội đủ điều kiện.
contact-agency-heading = Văn phòng hồ sơ hình sự của tiểu bang
contact-agency-lead = Hãy gọi điện hoặc viết thư cho văn phòng này để xin thư có mã truy cập hồ sơ, để hỏi về khiếu nại quý vị đã gửi, hoặc để hỏi về nội dung hồ sơ của quý vị.
contact-agency-none = Cổng thông tin này chưa có thông tin liên lạc của văn phòng. Cơ quan đã gửi thư cho quý vị có thể cho quý vị biết cách liên lạc.
contact-legal-aid-heading = Trợ giúp pháp lý miễn phí
contact-legal-aid-lead = Các tổ chức này giúp mọi người xóa hồ sơ, và có thể cho quý vị biết một đơn thỉnh cầu gửi tòa án hoặc việc xin ân xá có giúp được quý vị không. Mỗi tổ chức ghi rõ họ phục vụ những quận nào.
contact-legal-aid-none = Cổng thông tin này chưa có danh sách các tổ chức trợ giúp pháp lý.
contact-legal-aid-link = Trợ giúp pháp lý miễn phí gần quý vị
contact-phone = Điện thoại
contact-hours = Giờ làm việc
contact-address = Địa chỉ
contact-web = Trang web
contact-counties = Phục vụ
contact-whole-state = Toàn tiểu bang
contact-lead-start = Có câu hỏi về hồ sơ của quý vị, hoặc không có thư có mã truy cập? Hãy gọi cho văn phòng.
contact-lead-letter = Để nhận thư có mã truy cập mới, hãy gọi điện hoặc viết thư cho văn phòng.
contact-lead-dispute = Nếu quý vị gọi về khiếu nại của mình, hãy cho họ biết số tham chiếu.
contact-lead-error = Nếu việc này cứ tiếp tục xảy ra, quý vị có thể gọi cho văn phòng.
contact-lead-help = Văn phòng có thể trả lời câu hỏi về nội dung hồ sơ của quý vị và gửi thư có mã truy cập mới.

# Những gì vẫn có thể làm với một mục mà quy trình tự động không xóa được
next-step-heading = { $reader ->
    [self] Những điều quý vị vẫn có thể làm
   *[other] Những điều người này vẫn có thể làm
}
next-step-petition = { $reader ->
    [self] Quy trình tự động không thể xóa mục này. Tòa án vẫn có thể niêm phong hoặc tiêu hủy mục này nếu quý vị làm đơn xin (gọi là đơn thỉnh cầu), và việc ân xá có thể xóa một lần bị kết án. Quý vị có những lựa chọn nào là tùy vào toàn bộ hồ sơ của quý vị.
   *[other] Quy trình tự động không thể xóa mục này. Tòa án vẫn có thể niêm phong hoặc tiêu hủy mục này nếu người này làm đơn xin (gọi là đơn thỉnh cầu), và việc ân xá có thể xóa một lần bị kết án. Người này có những lựa chọn nào là tùy vào toàn bộ hồ sơ.
}
next-step-help = { $reader ->
    [self] Dịch vụ trợ giúp pháp lý miễn phí có thể cho quý vị biết điều nào áp dụng cho quý vị và giúp quý vị làm đơn.
   *[other] Dịch vụ trợ giúp pháp lý miễn phí có thể cho người này biết điều nào áp dụng và giúp họ làm đơn.
}

meta-description = Xem hồ sơ hình sự của quý vị bằng lời dễ hiểu: luật Clean Slate của tiểu bang đã xóa những gì, khi nào phần còn lại có thể được xóa, và cách báo lỗi.
