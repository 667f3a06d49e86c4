# Trang thống kê công khai (/statistics). Chỉ có số đếm: không có gì về riêng một người nào.
statistics-title = Luật Clean Slate qua các con số
statistics-heading = Luật Clean Slate qua các con số
statistics-lead = Việc tự động xóa hồ sơ của tiểu bang đã làm được những gì, và các lỗi mà mọi người báo được trả lời nhanh đến đâu. Ai cũng có thể đọc trang này.
statistics-clearance-heading = Hồ sơ được tự động xóa
statistics-no-review = Tiểu bang chưa xem xét hồ sơ để xóa.
statistics-latest-review = Đợt xem xét gần nhất đối với hồ sơ của mọi người đã áp dụng { $law }, tính đến ngày { $date }.
statistics-clearance-caption = Đợt xem xét gần nhất
statistics-what = Những gì được đếm
statistics-how-many = Số lượng
statistics-people = Số người có hồ sơ
statistics-charges = Số cáo buộc trong các hồ sơ đó
statistics-cleared = Số cáo buộc đã được xóa: ẩn khỏi các lần kiểm tra lý lịch công khai
statistics-waiting = Số cáo buộc có thể được xóa sau này, khi hết thời gian chờ
statistics-not-cleared = Số cáo buộc mà luật không xóa
statistics-cleared-share = { $percent }% tổng số cáo buộc đã được xóa.
statistics-sealed-in-all = { $count ->
   *[other] Kể từ đợt xem xét đầu tiên, { $number } cáo buộc đã được niêm phong. Hồ sơ đã niêm phong không bị tiêu hủy: cảnh sát, tòa án và một số hội đồng cấp giấy phép hành nghề vẫn xem được.
}
statistics-disputes-heading = Các lỗi được báo
statistics-no-disputes = Chưa có ai báo lỗi trong hồ sơ của mình.
statistics-disputes-caption = Các khiếu nại về lỗi trong hồ sơ
statistics-disputes-received = Số khiếu nại đã nhận
statistics-disputes-corrected = Hồ sơ đã được sửa
statistics-disputes-not-changed = Hồ sơ được xác định là đúng và không thay đổi
statistics-disputes-open = Vẫn đang xem xét
statistics-disputes-overdue = Vẫn đang xem xét sau thời hạn của cơ quan
statistics-disputes-on-time = { $on_time } trên { $decided } khiếu nại đã có quyết định ({ $percent }%) được cơ quan trả lời đúng hạn.
statistics-privacy = Đây chỉ là các con số. Không có tên, ngày sinh hay chi tiết vụ án nào, nên không ai có thể bị nhận ra từ những con số này.
footer-statistics = Luật Clean Slate qua các con số
# Dấu ngăn cách giữa các nhóm ba chữ số trong số lớn.
number-thousands-separator = .
number-decimal-separator = ,
