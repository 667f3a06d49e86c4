# Khiếu nại: báo một mục bị sai, theo dõi khiếu nại, và các trang và email của người xét duyệt.

nav-disputes = Khiếu nại của tôi
nav-review = Danh sách khiếu nại chờ xét

# Trên trang hồ sơ
charge-dispute = Mục này có gì sai không?
charge-dispute-label = Mục này có gì sai không: { $offense }?
charge-corrected = Đã được sửa ngày { $date } sau khiếu nại { $reference }.
record-disputes-link = Khiếu nại của tôi
record-wrong-heading = { $reader ->
    [self] Hồ sơ của quý vị có gì sai không?
   *[other] Hồ sơ này có gì sai không?
}
record-wrong-body = Nếu một mục bị sai, hãy dùng đường dẫn bên dưới mục đó. Nếu có điều gì khác bị sai, ví dụ một mục lẽ ra đã phải được xóa, hãy cho chúng tôi biết ở đây.
record-wrong-link = Báo cho chúng tôi biết toàn bộ hồ sơ có điều gì sai
case-record-note = Quý vị đang xem hồ sơ này vì khiếu nại { $reference }. Mỗi lần quý vị mở hồ sơ, người đó đều thấy được việc này.

# Các bước của một khiếu nại
dispute-caption = Báo lỗi
dispute-continue = Tiếp tục
dispute-about-entry = Mục quý vị đang báo lỗi:
dispute-about-whole = Quý vị đang báo một điều về toàn bộ hồ sơ.
dispute-kind-title = Điều gì bị sai?
dispute-kind-heading = Điều gì bị sai?
dispute-kind-legend = Hãy chọn một điều đúng nhất
dispute-kind-not-me = Mục này không phải của tôi
dispute-kind-outcome-wrong = Kết quả bị sai hoặc bị thiếu
dispute-kind-date-wrong = Một ngày tháng bị sai
dispute-kind-should-be-cleared = Mục này lẽ ra đã phải được xóa
dispute-kind-duplicate = Mục này xuất hiện hai lần
dispute-kind-other = Điều khác
dispute-details-title = Cho chúng tôi biết thêm
dispute-details-heading = Cho chúng tôi biết thêm
dispute-statement-hint = Hãy giải thích điều gì bị sai, bằng lời của quý vị.
dispute-statement-hint-not-me = Ví dụ: quý vị chưa bao giờ bị bắt vào ngày đó, hoặc tên hay ngày sinh là của người khác.
dispute-statement-hint-outcome-wrong = Ví dụ: cáo buộc đã bị bác bỏ, hoặc quý vị đã hoàn thành một chương trình, nhưng hồ sơ lại ghi khác hoặc không ghi gì.
dispute-statement-hint-date-wrong = Hãy cho biết ngày nào bị sai và, nếu quý vị biết, ngày đúng là ngày nào.
dispute-statement-hint-should-be-cleared = Hãy cho biết vì sao quý vị nghĩ mục này lẽ ra đã phải được xóa, ví dụ quý vị đã trả hết số tiền còn nợ.
dispute-statement-hint-duplicate = Hãy cho biết những mục nào là cùng một vụ án.
dispute-statement-hint-other = Hãy giải thích điều gì bị sai, bằng lời của quý vị.
field-dispute-statement = Điều gì bị sai?
field-dispute-statement-hint = Tối đa 5.000 ký tự. Quý vị có thể thêm tài liệu ở trang sau.
field-dispute-correct-value = Lẽ ra phải ghi thế nào? (không bắt buộc)
field-dispute-correct-value-hint = Ví dụ: kết quả đúng hoặc ngày đúng.
dispute-documents-title = Thêm tài liệu
dispute-documents-heading = Thêm tài liệu (không bắt buộc)
dispute-documents-lead = Tài liệu giúp người xét duyệt quyết định nhanh hơn, ví dụ lệnh của tòa án, biên nhận số tiền quý vị đã trả, hoặc giấy chứng nhận của một chương trình. Quý vị có thể thêm tối đa 10 tài liệu, mỗi lần một tài liệu.
dispute-documents-added = Tài liệu quý vị đã thêm
dispute-document-remove = Gỡ bỏ
dispute-document-remove-label = Gỡ bỏ { $name }
dispute-document-add = Thêm tài liệu này
field-document = Chọn một tài liệu
field-document-optional = Thêm một tài liệu (không bắt buộc)
field-document-hint = Tệp PDF, JPG hoặc PNG, tối đa 10 MB. Một tấm ảnh chụp rõ ràng tờ giấy là được.
document-size = { $kb } KB
dispute-check-title = Kiểm tra câu trả lời
dispute-check-heading = Kiểm tra câu trả lời trước khi gửi
dispute-check-kind = Điều gì bị sai
dispute-check-statement = Những gì quý vị cho chúng tôi biết
dispute-filed-by = { $reader ->
    [self] Người gửi thay cho quý vị
   *[other] Người gửi
}
dispute-statement-worker = Những gì nhân viên trợ giúp pháp lý cho chúng tôi biết
dispute-statement-person = { $reader ->
    [self] Những gì quý vị cho chúng tôi biết
   *[other] Những gì người này cho chúng tôi biết
}
dispute-check-correct-value = Lẽ ra phải ghi
dispute-check-documents = Tài liệu
dispute-check-none = Không có
dispute-change = Sửa
dispute-change-label = Sửa { $what }
dispute-check-send-heading = Bây giờ hãy gửi khiếu nại
dispute-check-send-body = Khi gửi khiếu nại này, quý vị xác nhận rằng những gì quý vị cho chúng tôi biết là đúng sự thật, theo những gì quý vị biết. Một người xét duyệt của cơ quan sẽ đọc và xem xét hồ sơ.
dispute-submit = Gửi khiếu nại
dispute-confirmation-title = Đã gửi khiếu nại
dispute-confirmation-heading = Đã gửi khiếu nại
dispute-confirmation-reference = Số tham chiếu của quý vị là
dispute-confirmation-next-heading = Điều gì sẽ xảy ra tiếp theo
dispute-confirmation-next = Một người xét duyệt của cơ quan sẽ xem xét hồ sơ và trả lời chậm nhất vào ngày { $date }. Họ có thể hỏi quý vị thêm thông tin.
dispute-confirmation-email = Chúng tôi sẽ gửi email cho quý vị mỗi khi tình trạng thay đổi. Hãy giữ số tham chiếu: dùng số này nếu quý vị gọi điện hỏi về khiếu nại của mình.
dispute-confirmation-follow = Theo dõi khiếu nại của quý vị

# Khiếu nại của tôi, và một khiếu nại
disputes-title = Khiếu nại của tôi
disputes-heading = Khiếu nại của tôi
disputes-lead = Những lỗi quý vị đã báo, và tình trạng của từng khiếu nại.
disputes-lead-clients = Những lỗi đã được báo về hồ sơ của các thân chủ, do quý vị hoặc do thân chủ báo, và tình trạng của từng khiếu nại.
disputes-filed-by = Người gửi
disputes-filed-by-you = Quý vị
disputes-filed-by-client = Thân chủ của quý vị
disputes-none = Quý vị chưa báo lỗi nào.
disputes-none-clients = Chưa có lỗi nào được báo về hồ sơ của các thân chủ của quý vị.
disputes-reference = Số tham chiếu
disputes-kind = Điều gì bị sai
disputes-sent = Ngày gửi
disputes-status = Tình trạng
disputes-from-record = Báo lỗi từ hồ sơ của quý vị
disputes-from-clients = Báo lỗi từ hồ sơ của một thân chủ
dispute-detail-heading = Khiếu nại { $reference }
dispute-due = Hạn trả lời
dispute-timeline-heading = Những gì đã diễn ra đến nay
dispute-status-submitted = Đã gửi
dispute-status-in-review = Đang xem xét
dispute-status-info-requested = Cần thêm thông tin
dispute-status-corrected = Đã sửa
dispute-status-not-changed = Không thay đổi
dispute-status-submitted-meaning = Chúng tôi đã nhận được khiếu nại của quý vị. Một người xét duyệt sẽ sớm xem xét.
dispute-status-in-review-meaning = Một người xét duyệt đang xem xét hồ sơ.
dispute-status-info-requested-meaning = Người xét duyệt cần thêm thông tin từ quý vị. Hãy trả lời ở bên dưới.
dispute-status-corrected-meaning = Hồ sơ đã được sửa. Người xét duyệt giải thích thay đổi ở bên dưới.
dispute-status-not-changed-meaning = Người xét duyệt thấy hồ sơ đúng và không thay đổi. Lý do được ghi ở bên dưới.
dispute-event-submitted = Đã gửi khiếu nại
dispute-event-review-started = Một người xét duyệt đã bắt đầu xem xét
dispute-event-info-requested = Người xét duyệt đã hỏi thêm thông tin
dispute-event-info-given = Đã gửi thêm thông tin
dispute-event-corrected = Hồ sơ đã được sửa
dispute-event-not-changed = Hồ sơ không được thay đổi
dispute-event-reviewer-said = Người xét duyệt viết:
dispute-event-you-said = Ghi kèm khiếu nại:
dispute-documents-continue-hint = Khi đã thêm hết tài liệu, hãy bấm Tiếp tục. Tài liệu quý vị đã chọn mà chưa thêm sẽ được thêm khi quý vị tiếp tục.
dispute-question-heading = Người xét duyệt đã hỏi quý vị
dispute-reply-heading = Gửi thông tin được yêu cầu
field-dispute-reply = Câu trả lời của quý vị
dispute-reply-submit = Gửi câu trả lời của tôi

# Lỗi
error-dispute-kind-missing = Hãy chọn điều gì bị sai
error-dispute-entry-unknown = Mục này không có trong hồ sơ mà quý vị có thể báo lỗi. Hãy quay lại hồ sơ và dùng đường dẫn bên dưới mục đó.
error-dispute-statement-missing = Hãy cho chúng tôi biết điều gì bị sai
error-dispute-statement-too-long = Nội dung này chỉ được có tối đa 5.000 ký tự
error-dispute-correct-value-too-long = Nội dung này chỉ được có tối đa 500 ký tự
error-dispute-signed-out = Quý vị đã được đăng xuất vì không hoạt động. Những gì quý vị đã gõ vẫn còn ở bên dưới: hãy đăng nhập lại trong một thẻ hoặc cửa sổ mới, rồi quay lại đây và bấm Tiếp tục một lần nữa.
error-dispute-form-expired = Biểu mẫu này đã hết hạn để bảo vệ an toàn cho quý vị. Hãy kiểm tra câu trả lời và gửi lại khiếu nại.
error-dispute-reply-missing = Hãy viết câu trả lời của quý vị
error-dispute-not-waiting = Người xét duyệt không còn chờ câu trả lời cho khiếu nại này nữa.
error-document-missing = Hãy chọn một tài liệu để thêm
error-document-type = Tài liệu phải là tệp PDF, JPG hoặc PNG
error-document-too-big = Tài liệu phải nhỏ hơn 10 MB
error-document-empty = Tài liệu này trống. Hãy chọn tệp khác.
error-document-too-many = Quý vị có thể thêm tối đa 10 tài liệu
error-dispute-too-many-drafts = Quý vị đã bắt đầu số khiếu nại chưa gửi nhiều nhất được phép. Hãy gửi hoặc hoàn tất một khiếu nại trước. Khiếu nại không được gửi sẽ bị xóa sau 30 ngày.
error-document-no-room = Tài khoản này không thể lưu thêm tài liệu nào nữa. Hãy gỡ bỏ một tài liệu không còn cần đến khỏi một khiếu nại chưa gửi, hoặc hỏi văn phòng hồ sơ cách gửi tài liệu theo cách khác.
error-document-unreadable = Không đọc được tài liệu này. Hãy thử lại, hoặc chọn tệp khác.

# Các trang của người xét duyệt
review-title = Danh sách khiếu nại chờ xét
review-heading = Danh sách khiếu nại chờ xét
review-count = { $count ->
    [0] Không có khiếu nại nào đang mở.
   *[other] { $count } khiếu nại đang mở, { $overdue } khiếu nại đã quá hạn.
}
review-none = Không có gì đang chờ xem xét.
review-due = Hạn
review-overdue = Quá hạn
review-person = Hồ sơ của { $name }
review-whole-record = Xem toàn bộ hồ sơ
review-decide-heading = Quyết định
review-start = Bắt đầu xem xét
review-correct-heading = Sửa hồ sơ
review-correct-hint = Các ô cho thấy mục này như hiện tại. Hãy sửa những gì sai; các giá trị cũ được giữ trong lịch sử của hồ sơ.
review-correct-submit = Kiểm tra nội dung sửa
review-check-title = Kiểm tra nội dung sửa
review-check-lead = Chưa có gì thay đổi. Hãy kiểm tra từng thay đổi cho khiếu nại { $reference } và tin nhắn mà người đó sẽ đọc, rồi áp dụng.
review-check-changes = Những gì thay đổi
review-check-field = Thông tin
review-check-now = Hiện tại
review-check-after = Sau khi sửa
review-check-no-date = Không có ngày (vụ án đang mở)
review-check-on-record = Trong hồ sơ
review-check-on-record-field = Có ghi trong hồ sơ
review-check-struck = Bị gỡ khỏi hồ sơ
review-check-apply = Áp dụng nội dung sửa
review-check-edit = Quay lại và sửa
review-info-heading = Hỏi thêm thông tin
review-info-submit = Gửi yêu cầu
review-decline-heading = Không thay đổi hồ sơ
review-decline-submit = Từ chối, với lý do này
review-language = Ngôn ngữ
review-write-in = Khiếu nại này được gửi bằng { $language }. Hãy viết tin nhắn và lý do quyết định của quý vị bằng { $language }: người đó sẽ đọc đúng như những gì quý vị viết.
field-review-disposition = Kết quả
field-review-disposition-date = Ngày có kết quả
field-review-disposition-date-hint = Để trống nếu vụ án vẫn đang mở.
field-review-grade = Mức độ
field-review-restitution = Tiền bồi thường còn nợ, tính bằng đô la
field-review-restitution-hint = Ví dụ: 0 hoặc 450.00 (dùng dấu chấm trước số xu, như trên giấy tờ ở Mỹ)
field-review-strike = Gỡ mục này khỏi hồ sơ của người đó (mục này không phải của họ, hoặc xuất hiện hai lần)
field-review-correction-message = Điều đã được sửa, để người đó đọc
field-review-info-message = Điều quý vị cần người đó cung cấp
field-review-decline-message = Vì sao hồ sơ đúng, để người đó đọc
field-review-message-hint = Người đó sẽ đọc nội dung này. Hãy viết dễ hiểu; không dùng mã nội bộ.
error-review-correction-missing = Hãy giải thích nội dung sửa cho người đó
error-review-request-missing = Hãy cho biết quý vị cần thông tin gì
error-review-reason-missing = Hãy nêu lý do hồ sơ không được thay đổi
error-review-nothing-changed = Chưa có gì được thay đổi. Hãy sửa một giá trị, hoặc từ chối khiếu nại.
error-review-restitution = Hãy nhập số tiền bằng đô la, ví dụ 0 hoặc 450.00 (dùng dấu chấm trước số xu)
notice-dispute-updated = Khiếu nại đã được cập nhật. Người đó sẽ được báo qua email.
notice-dispute-updated-not-reviewed = Mục này đã được sửa và người đó sẽ được báo qua email. Hiện chưa thể xét lại quyết định xóa của mục này; đợt xét xóa hồ sơ tiếp theo sẽ làm việc đó.
disposition-name-convicted = Bị kết án
disposition-name-dismissed = Bị bác bỏ
disposition-name-withdrawn = Bị rút lại
disposition-name-nolle-prossed = Công tố viên bỏ cáo buộc (nolle prossed)
disposition-name-acquitted = Được tuyên vô tội
disposition-name-diverted = Đã hoàn thành chương trình thay thế xét xử
disposition-name-pardoned = Được ân xá
disposition-name-pending = Vẫn đang mở
disposition-name-unknown = Không rõ

# Email về một khiếu nại
email-dispute-received-subject = Chúng tôi đã nhận được khiếu nại { $reference } của quý vị
email-dispute-received-body =
    Chúng tôi đã nhận được khiếu nại của quý vị về một lỗi trong hồ sơ hình sự. Số tham chiếu là { $reference }.

    Một người xét duyệt của cơ quan sẽ xem xét hồ sơ và trả lời chậm nhất vào ngày { $date }. Chúng tôi sẽ gửi email cho quý vị mỗi khi tình trạng khiếu nại thay đổi.

    Theo dõi tại đây: { $link }
email-dispute-in-review-subject = Khiếu nại { $reference } của quý vị đang được xem xét
email-dispute-in-review-body =
    Một người xét duyệt đã bắt đầu xem xét khiếu nại { $reference } của quý vị.

    Theo dõi tại đây: { $link }
email-dispute-info-requested-subject = Cần thêm thông tin cho khiếu nại { $reference } của quý vị
email-dispute-info-requested-body =
    Người xét duyệt cần thêm thông tin để quyết định về khiếu nại { $reference } của quý vị. Người xét duyệt viết:

    { $message }

    Trả lời tại đây: { $link }
email-dispute-info-given-subject = Chúng tôi đã nhận được câu trả lời của quý vị về khiếu nại { $reference }
email-dispute-info-given-body =
    Cảm ơn quý vị: chúng tôi đã nhận được câu trả lời của quý vị về khiếu nại { $reference }. Khiếu nại đã được chuyển lại cho người xét duyệt, người này sẽ xem những gì quý vị gửi.

    Theo dõi tại đây: { $link }
email-dispute-corrected-subject = Hồ sơ của quý vị đã được sửa ({ $reference })
email-dispute-corrected-body =
    Sau khiếu nại { $reference } của quý vị, hồ sơ đã được sửa. Người xét duyệt viết:

    { $message }

    Xem hồ sơ và khiếu nại của quý vị tại đây: { $link }
email-dispute-not-changed-subject = Quyết định về khiếu nại { $reference } của quý vị
email-dispute-not-changed-body =
    Người xét duyệt đã xem xét khiếu nại { $reference } của quý vị và không thay đổi hồ sơ. Người xét duyệt viết:

    { $message }

    Xem khiếu nại tại đây: { $link }
    Nếu quý vị không đồng ý, một văn phòng trợ giúp pháp lý có thể giúp quý vị.
email-review-answer-subject = Đã có câu trả lời cho khiếu nại { $reference }
email-review-answer-body =
    Đã có câu trả lời cho yêu cầu thêm thông tin của quý vị về khiếu nại { $reference }. Khiếu nại đã trở lại danh sách chờ xét.

    Mở khiếu nại: { $link }
notice-dispute-already-decided = Khiếu nại này đã được quyết định trước đó, nên không có gì thay đổi.

# Các mục đã niêm phong mà một đợt xét không còn xóa nữa (/review/sealed), dành cho người xét duyệt.
unseal-title = Các mục đã niêm phong cần kiểm tra
unseal-heading = Các mục đã niêm phong cần kiểm tra
unseal-lead = Một đợt xem xét thấy rằng luật đang có hiệu lực không còn xóa các mục đã niêm phong này, ví dụ sau khi sửa hồ sơ hoặc khi có dữ liệu trích xuất mới. Chưa có mục nào bị bỏ niêm phong. Chỉ bỏ niêm phong một mục khi quý vị đã kiểm tra và chắc chắn mục đó phải được công khai trở lại: khi đó tòa án và cảnh sát liên quan sẽ được thông báo.
unseal-none = Không có gì cần kiểm tra.
unseal-person = Người
unseal-entry = Mục
unseal-sealed-under = Niêm phong theo
unseal-now = Luật hiện nay quy định gì
unseal-flagged-on = Ngày phát hiện
unseal-unseal = Bỏ niêm phong
unseal-keep = Giữ niêm phong
unseal-back = Quay lại danh sách khiếu nại chờ xét
unseal-done-unsealed = Mục này đã được bỏ niêm phong. Tòa án và cảnh sát liên quan đã nhận được thông báo.
unseal-done-kept = Mục này vẫn được niêm phong.
unseal-done-already = Đã có người quyết định về mục này.
review-sealed-link = Các mục đã niêm phong cần kiểm tra
