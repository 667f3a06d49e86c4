# Các tội và các luật bằng lời dễ hiểu, theo danh mục điều luật của các bộ quy tắc
# (clearance/packs/*.toml). Mọi id mà một bộ quy tắc dùng phải có ở đây và trong mọi ngôn ngữ khác.

# Các luật
law-pa-act56 = luật Clean Slate của Pennsylvania (Đạo luật 56 năm 2018)
law-pa-cs3 = luật Clean Slate của Pennsylvania, với các sửa đổi năm 2020 và 2023
law-ca-prop64 = Dự luật 64 (Prop 64) của California (giúp những người từng bị kết án về cần sa)
law-mi-cleanslate = luật Clean Slate của Michigan (tự động hủy bỏ bản án)

# Ý nghĩa của một cách xử lý, theo lời của luật trong bộ quy tắc (`remedy_messages`).
remedy-meaning-pa-seal = Niêm phong nghĩa là hầu hết chủ thuê lao động và chủ cho thuê nhà khi kiểm tra lý lịch sẽ không thấy mục này. Cảnh sát và tòa án vẫn xem được. Khi một đơn (xin việc, thuê nhà...) hỏi về hồ sơ của quý vị, quý vị có thể trả lời như thể việc này chưa từng xảy ra (18 Pa.C.S. § 9122.5).
remedy-meaning-pa-expunge = Tiêu hủy nghĩa là hồ sơ bị hủy đi, không còn nữa. Các lần kiểm tra lý lịch không thấy mục này, và quý vị có thể trả lời mọi câu hỏi về việc này như thể việc này chưa từng xảy ra.

# Một cáo buộc còn đang chờ theo từng quy định thì tùy vào điều gì ({ $date } là ngày có thể được xóa).
waiting-pa-act56-pardon = Mục này có thể được xóa vào ngày { $date }, là ngày được ân xá.
waiting-pa-act56-non-conviction = Mục này sẽ được xóa vào ngày { $date }: luật chờ 30 ngày sau khi một vụ án kết thúc mà không bị kết án.
waiting-pa-act56-summary = Mục này có thể được xóa vào ngày { $date }, mười năm sau khi bị kết án.
waiting-pa-act56-misdemeanor = { $reader ->
    [other] Mục này có thể được xóa vào ngày { $date } nếu từ nay đến lúc đó người này không bị kết án về một tội có thể bị phạt tù từ một năm trở lên. Nếu bị kết án như vậy, mười năm sẽ bắt đầu tính lại.
   *[self] Mục này có thể được xóa vào ngày { $date } nếu từ nay đến lúc đó quý vị không bị kết án về một tội có thể bị phạt tù từ một năm trở lên. Nếu bị kết án như vậy, mười năm sẽ bắt đầu tính lại.
}

waiting-pa-cs3-pardon = Mục này có thể được xóa vào ngày { $date }, là ngày được ân xá.
waiting-pa-cs3-non-conviction = Mục này sẽ được xóa vào ngày { $date }: luật chờ 30 ngày sau khi một vụ án kết thúc mà không bị kết án.
waiting-pa-cs3-summary = Mục này có thể được xóa vào ngày { $date }, năm năm sau khi bị kết án.
waiting-pa-cs3-misdemeanor = { $reader ->
    [other] Mục này có thể được xóa vào ngày { $date } nếu từ nay đến lúc đó người này không bị kết án về một tội có thể bị phạt tù từ một năm trở lên. Nếu bị kết án như vậy, bảy năm sẽ bắt đầu tính lại.
   *[self] Mục này có thể được xóa vào ngày { $date } nếu từ nay đến lúc đó quý vị không bị kết án về một tội có thể bị phạt tù từ một năm trở lên. Nếu bị kết án như vậy, bảy năm sẽ bắt đầu tính lại.
}
waiting-pa-cs3-drug-felony = { $reader ->
    [other] Mục này có thể được xóa vào ngày { $date } nếu từ nay đến lúc đó người này không bị kết án về một tội có thể bị phạt tù từ một năm trở lên. Nếu bị kết án như vậy, mười năm sẽ bắt đầu tính lại.
   *[self] Mục này có thể được xóa vào ngày { $date } nếu từ nay đến lúc đó quý vị không bị kết án về một tội có thể bị phạt tù từ một năm trở lên. Nếu bị kết án như vậy, mười năm sẽ bắt đầu tính lại.
}
waiting-ca-prop64 = Mục này có thể được thay đổi vào ngày { $date }, là ngày luật mới về cần sa bắt đầu có hiệu lực.
waiting-mi-cleanslate-felony = Bản án này có thể được hủy bỏ vào ngày { $date }: mười năm sau ngày tuyên án, hoặc sau ngày ra tù nếu ngày đó muộn hơn.
waiting-mi-cleanslate-misdemeanor = Bản án này có thể được hủy bỏ vào ngày { $date }, bảy năm sau ngày tuyên án.

# Pennsylvania, Title 18: các tội phạm
offense-simple-assault = Hành hung thông thường (làm người khác bị thương, hoặc định làm hay đe dọa làm việc đó)
offense-aggravated-assault = Hành hung nghiêm trọng (làm người khác bị thương nặng, hoặc định làm việc đó)
offense-harassment = Quấy rối (đánh, đe dọa hoặc liên tục làm phiền người khác)
offense-indecent-exposure = Phô bày khiếm nhã (để lộ bộ phận kín ở nơi người khác có thể thấy)
offense-sexual-intercourse-with-animal = Hành vi tình dục với động vật
offense-criminal-mischief = Phá hoại tài sản (làm hư hại tài sản của người khác)
offense-burglary = Đột nhập (vào một tòa nhà để phạm tội ở đó)
offense-criminal-trespass = Xâm nhập trái phép (vào một tòa nhà hoặc một nơi khi không được phép)
offense-theft-by-unlawful-taking = Trộm cắp (lấy tài sản của người khác)
offense-receiving-stolen-property = Nhận tài sản bị đánh cắp (giữ hoặc mua đồ mà mình biết là đồ ăn cắp)
offense-retail-theft = Trộm cắp ở cửa hàng (lấy hàng mà không trả tiền)
offense-forgery = Giả mạo (làm ra hoặc dùng giấy tờ hay chữ ký giả)
offense-access-device-fraud = Gian lận thẻ tín dụng hoặc thẻ ghi nợ
offense-endangering-welfare-of-children = Gây nguy hại cho trẻ em (cha mẹ hoặc người chăm sóc để trẻ gặp nguy hiểm)
offense-failure-to-register = Không đăng ký là người phạm tội tình dục, hoặc không cập nhật việc đăng ký
offense-failure-to-register-subchapter-i = Không đăng ký là người phạm tội tình dục (các tội cũ hơn, đăng ký theo Subchapter I)
offense-resisting-arrest = Chống lại việc bắt giữ
offense-weapons-for-escape = Giữ dụng cụ hoặc vũ khí để trốn khỏi nhà tù
offense-disorderly-conduct = Gây rối trật tự (đánh nhau, gây ồn ào quá mức hoặc gây náo loạn nơi công cộng)
offense-public-drunkenness = Say rượu nơi công cộng (say rượu ở nơi công cộng và gây nguy hiểm hay phiền hà cho người khác)
offense-abuse-of-corpse = Xúc phạm thi thể người chết
offense-paramilitary-training = Huấn luyện bán quân sự (huấn luyện người khác dùng vũ khí để gây bạo loạn)
offense-cruelty-to-animals = Ngược đãi động vật
offense-firearms-without-license = Mang súng mà không có giấy phép
offense-corruption-of-minors = Làm hư hỏng trẻ vị thành niên (người lớn xúi giục trẻ em phạm tội hoặc làm điều có hại)
offense-underage-alcohol = Mua, giữ hoặc uống rượu bia khi chưa đủ 21 tuổi
offense-sexual-abuse-of-children = Lạm dụng tình dục trẻ em (làm ra, giữ hoặc chia sẻ hình ảnh tình dục của trẻ em)
offense-unlawful-contact-with-minor = Liên lạc trái phép với trẻ vị thành niên (liên lạc với trẻ em để phạm tội tình dục)
offense-sexual-exploitation-of-children = Bóc lột tình dục trẻ em
offense-invasion-of-privacy = Xâm phạm quyền riêng tư (lén nhìn hoặc quay phim, chụp ảnh người đang không mặc quần áo)
offense-criminal-use-of-communication-facility = Dùng điện thoại, thư từ hoặc internet để phạm trọng tội hoặc giúp người khác phạm trọng tội

# Pennsylvania, Title 35: ma túy
offense-possession-of-controlled-substance = Tàng trữ ma túy bất hợp pháp
offense-possession-with-intent-to-deliver = Tàng trữ ma túy bất hợp pháp để bán hoặc đưa cho người khác
offense-small-amount-of-marijuana = Tàng trữ một lượng nhỏ cần sa để tự dùng (30 gam trở xuống)
offense-drug-paraphernalia = Tàng trữ dụng cụ sử dụng ma túy (đồ dùng để sử dụng ma túy)

# Pennsylvania, Title 75: xe cộ
offense-driving-while-suspended = Lái xe khi bằng lái đang bị treo hoặc bị thu hồi
offense-leaving-scene-property-damage = Rời khỏi hiện trường một tai nạn làm hư hại xe cộ hoặc tài sản mà không dừng lại để cho biết thông tin của mình
offense-dui = Lái xe khi bị ảnh hưởng bởi rượu bia hoặc ma túy (DUI)
