# 账户、角色、两步验证、重设密码、关联记录、共享记录，以及谁查看过记录。
# 还包括法律援助工作者和管理员使用的页面，以及各类电子邮件。

# 菜单和角色
nav-account = 账户
nav-clients = 我的客户
nav-admin = 管理
role-person = 记录当事人
role-legal-aid = 法律援助工作者
role-reviewer = 机构审核员
role-admin = 管理员
sign-in-forgot = 忘记密码？

# 带时间的日期
date-time = { $date } { $time } { $zone }

# 通知
notice-password-changed = 您的密码已更改。请用新密码登录。您在其他地方的登录都已退出。
notice-two-step-expired = 等待时间太长，为了保护您的账户安全，我们已停止这次登录。请重新登录。
notice-two-step-off = 两步验证已关闭。现在您只需用密码登录。
notice-record-linked = 您的记录现在已关联到这个账户。
notice-access-granted = 这位法律援助工作者现在可以查看您的记录了。
notice-access-revoked = 这位法律援助工作者不能再查看您的记录了。
notice-email-link-sent = 我们已向新地址发送了一个链接。请在24小时内打开它，之后就可以开始使用该地址。在此之前，请继续用您现在的电子邮箱登录。
notice-email-changed = 您的电子邮箱已更改。从现在起，请用新地址登录。
notice-account-closed = 您的账户已关闭，您已退出登录。州政府仍然保存着您的记录。我们已发出最后一封电子邮件，说明接下来会怎样。

# 更改密码或电子邮箱，以及关闭账户
field-current-password = 您现在的密码
field-new-email = 新的电子邮箱地址
error-current-password-missing = 请输入您现在的密码
error-current-password-wrong = 这不是您现在的密码。请检查后再试一次。
error-email-unchanged = 这已经是您的电子邮箱了。请输入您想使用的新地址。
error-too-many-email-changes = 我们已经为这个账户发送了好几个链接。请等一个小时后再申请。
change-password-title = 更改密码
change-password-lead = 请先输入您现在的密码，再设置一个新密码。更改之后，您需要重新登录，您在其他地方的登录也都会退出。
change-password-submit = 更改我的密码
change-email-title = 更改电子邮箱地址
change-email-current = 您现在用 { $email } 登录。
change-email-lead = 我们会向新地址发送一个链接。只有在您打开这个链接后才会更改，这样我们才能确认这个地址是您的。我们也会通知您现在的地址。
change-email-submit = 发送链接
confirm-email-title = 确认您的新电子邮箱地址
confirm-email-lead = 从现在起用 { $email } 登录“我的记录”吗？
confirm-email-submit = 是，使用这个地址
confirm-email-taken-heading = 这个地址已经有自己的账户
confirm-email-taken-body = 另一个“我的记录”账户正在使用这个电子邮箱地址，所以您的电子邮箱没有更改。请登录，并选择另一个地址。
confirm-email-invalid-heading = 这个链接无法使用
confirm-email-invalid-body = 这个链接已经用过、已超过24小时，或者我们已经发送了更新的链接。请登录，然后在账户页面申请新的链接。
close-account-title = 关闭您的账户
close-account-goes-heading = 关闭账户后会怎样
close-account-goes-sign-in = 您将不能再登录。您的密码、两步验证和电子邮箱地址都会从账户中删去。
close-account-goes-sharing = 您曾允许查看您记录的法律援助工作者，将不能再查看。
close-account-goes-drafts = 您已开始填写但没有提交的报告会被删除，连同其中的文件。
close-account-goes-email = 我们不会再给您发电子邮件，只会发一封通知您账户已关闭。
close-account-stays-heading = 哪些会保留
close-account-stays-record = 您的犯罪记录。它由州政府保存，而不是由这个账户保存，关闭账户不会改变它。Clean Slate法已经清理的内容，仍然保持清理状态。
close-account-stays-disputes = 您已经报告的错误。机构仍然会答复您的异议；如想知道答复，请写信或打电话，并提供参考编号。
close-account-stays-audit = 谁查看过您的记录、做过什么的清单。法律要求我们保留这份清单。清单上将不再显示您的电子邮箱。
close-account-again = 您以后可以再回来：创建一个新账户，并申请一封新的信来关联您的记录。
close-account-submit = 关闭我的账户

# 表单错误
error-too-many-attempts = 尝试次数太多。为了您的安全，请等15分钟后再试。
error-too-many-resets = 我们已经向这个地址发送了好几个链接。请等一个小时后再申请。
error-password-common = 这个密码太常见，很容易被猜到。请换一个，比如用三四个互不相关的词。
error-password-from-context = 您的密码不能是您的电子邮箱地址或本服务的名称。请换一个。
error-two-step-code-missing = 请输入身份验证器应用中的6位数验证码，或一个恢复码
error-two-step-code-wrong = 验证码不正确。请输入应用现在显示的验证码，或您的一个恢复码。
error-two-step-setup-wrong = 验证码不正确。请检查您手机上的时间是否准确，然后输入应用现在显示的验证码。
error-access-code-missing = 请输入信中的访问码
error-access-code-format = 访问码由12个字母和数字组成，例如 ACDE-FGHJ-KMNP。请查看您的信。
error-access-code-wrong = 我们查不到这个访问码。请对照您的信检查后再试一次。
error-access-code-date-wrong = 出生日期与这个访问码对应的记录不符。请检查后再试一次。
error-access-code-locked = 这个访问码已经失效：出生日期输入错误的次数太多。为了保护您的记录，它不能再使用。请向州犯罪记录办公室申请一封新的信，信中会有新的访问码。
error-access-code-replaced = 这个访问码已经失效，因为我们给您寄了一封更新的信。请使用最新一封信中的访问码。
link-tries-left = { $tries ->
    [1] 您还可以再试1次。如果出生日期再次输入错误，这个访问码就会失效，您需要一封新的信。
   *[other] 在这个访问码失效之前，您还可以再试{ $tries }次。
}
error-access-code-expired = 这个访问码已过期。请申请一封新的信。
error-access-code-used = 这个访问码已经使用过。每个访问码只能使用一次。如有需要，请申请一封新的信。
error-date-missing = 请输入您的出生日期
error-date-incomplete = 请输入日、月和年
error-date-invalid = 请输入一个真实存在的日期，例如1985年3月14日应填写为 3 14 1985
error-date-year = 请用4位数字填写年份，例如1985
error-date-future = 出生日期必须是过去的日期
error-legal-aid-unknown = 我们找不到使用这个电子邮箱地址的法律援助工作者。请向您的法律援助机构核实。
error-sharing-days = 请选择他们可以查看您记录的时间长短
error-sid-missing = 请输入当事人的州身份识别号（SID）
error-sid-unknown = 记录中没有人使用这个州身份识别号。请检查后再试一次。

# 表单栏位
field-date-day = 日
field-date-month = 月
field-date-year = 年
field-dob = 出生日期
field-dob-hint = 按月、日、年填写，例如 3 14 1985。月份请填写数字，也可以用英文填写，比如 March。
field-access-code = 访问码
field-access-code-hint = 州政府寄给您的信中的访问码，例如 ACDE-FGHJ-KMNP
field-two-step-code = 验证码
field-two-step-code-hint = 您的应用现在显示的6位数验证码
field-two-step-sign-in-hint = 身份验证器应用中的6位数验证码。如果手机不在身边，请使用您的一个恢复码。
field-legal-aid-email = 法律援助工作者的电子邮箱地址
field-legal-aid-email-hint = 对方在“我的记录”使用的地址。如果不确定，请问对方。
field-sharing-days = 他们可以查看您的记录多长时间？
field-sid = 州身份识别号（SID）
field-sid-hint = 按照州政府记录中的写法填写，例如 PA1000001
field-letter-language = 信件的第二种语言

# 账户页面
account-title = 您的账户
account-heading = 您的账户
account-role = 账户类型
account-two-step = 两步验证
account-two-step-on = 已开启
account-two-step-off = 已关闭
account-manage-two-step = 两步验证和恢复码
account-link-record = 用信中的访问码关联您的记录
account-sharing = 与法律援助人员共享您的记录
account-views = 查看谁看过您的记录
# 我们写给当事人时使用的语言（电子邮件），保存在账户中
account-language-heading = 语言
account-language-lead = 我们会用这种语言与您联系：有关您的账户和您的异议的电子邮件都会使用这种语言。您登录后，页面也会使用这种语言。
account-language-field = 电子邮件和页面使用的语言
account-language-save = 保存语言
account-language-saved = 已保存。我们会用这种语言与您联系。

# 两步验证
two-step-setup-title = 设置两步验证
two-step-setup-heading = 设置两步验证
two-step-required = 您的账户可以查看其他人的记录，所以必须使用两步验证。请先设置，然后继续。
two-step-setup-lead = 使用两步验证后，登录时需要您的密码，还需要手机应用中的验证码。即使有人知道了您的密码，也无法登录。
two-step-setup-step-app = 如果您的手机上还没有身份验证器应用，请安装一个。大多数都是免费的，例如 Google Authenticator、Microsoft Authenticator 或 FreeOTP。
two-step-setup-step-scan = 在应用中添加一个账户，然后扫描这个二维码：
two-step-qr-alt = 供身份验证器应用扫描的二维码。如果无法扫描，请输入下方显示的密钥。
two-step-setup-or-type = 如果无法扫描二维码，请改为在应用中输入这个密钥：
two-step-setup-step-code = 输入应用现在为“我的记录”显示的6位数验证码。
two-step-setup-submit = 开启两步验证
two-step-title = 两步验证
two-step-heading = 两步验证
two-step-is-on = 两步验证已开启。登录时，您需要先输入密码，再输入应用中的验证码。
two-step-recovery-heading = 恢复码
two-step-codes-left = { $count ->
   *[other] 您还剩{ $count }个恢复码。如果您无法使用应用，每个恢复码可以使用一次。
}
two-step-new-codes = 生成新的恢复码
two-step-off-heading = 关闭两步验证
two-step-off-lead = 关闭后，您的账户会不那么安全：别人只要知道密码就能登录。请输入应用中的验证码来关闭它。
two-step-off-submit = 关闭两步验证
recovery-codes-title = 您的恢复码
recovery-codes-heading = 您的恢复码
recovery-codes-lead = 如果您丢失了手机，每个恢复码都可以代替应用中的验证码，让您登录一次。请把它们抄下来或打印这个页面，并放在安全的地方。
recovery-codes-once = 这些恢复码只显示这一次。您以前的恢复码都已失效。
recovery-codes-done = 我已保存好恢复码
two-step-sign-in-title = 输入验证码
two-step-sign-in-heading = 输入应用中的验证码
two-step-sign-in-submit = 继续

# 重设密码
reset-title = 重设密码
reset-heading = 重设密码
reset-lead = 请输入您账户的电子邮箱地址。我们会给您发送一个链接，用来设置新密码。
reset-submit = 发送链接
reset-sent = 如果有账户使用这个电子邮箱地址，我们已经向它发送了一个设置新密码的链接。这个链接在1小时内有效。如果没有看到，请查看垃圾邮件文件夹。
reset-link-invalid-heading = 这个链接无法使用
reset-link-invalid-body = 这个链接可能已经用过，或者已超过一个小时。请在登录页面申请新的链接。
new-password-title = 设置新密码
new-password-heading = 设置新密码
new-password-submit = 保存新密码

# 关联记录
link-title = 关联您的记录
link-heading = 把您的记录关联到这个账户
link-lead = 请输入州政府寄给您的信中的访问码，以及您的出生日期。我们会先核实两者相符，然后才向您显示记录。
link-submit = 关联我的记录
link-no-letter-heading = 没有收到信？
link-no-letter-body = 请向州犯罪记录办公室申请记录访问码。他们会把访问码寄到他们登记的您的地址。法律援助机构可以帮助您申请。
record-link-button = 用访问码关联我的记录
record-no-letter = 没有收到信？请向州犯罪记录办公室申请记录访问码。法律援助机构可以帮助您申请。
record-share-link = 与法律援助人员共享我的记录
record-views-link = 谁查看过我的记录

# 与法律援助人员共享
sharing-title = 与法律援助人员共享您的记录
sharing-heading = 与法律援助人员共享您的记录
sharing-lead = 法律援助工作者可以帮助您看懂您的记录、请求法院清理更多内容，或者更正错误。由您决定谁可以查看、可以查看多久，您也可以随时停止共享。
sharing-current-heading = 现在谁可以查看您的记录
sharing-none = 目前没有法律援助工作者可以查看您的记录。
sharing-until = 从{ $since }到{ $until }
sharing-revoke = 停止共享
sharing-revoke-label = 停止与{ $name }共享
sharing-add-heading = 与一位法律援助工作者共享
sharing-days-option = { $days }天
sharing-submit = 共享我的记录

# 谁查看过我的记录
views-title = 谁查看过您的记录
views-heading = 谁查看过您的记录
views-lead = 每次有人在“我的记录”中打开您的记录，我们都会记下是谁、在什么时候。这份清单无法更改。
views-none = 还没有人查看过您的记录。
views-none-others = 没有其他人查看过您的记录。
views-when = 时间
views-who = 查看人
views-role = 角色
views-organisation = 机构
views-you = 您本人
views-unnamed = 没有记录姓名
views-include-own = 包括我自己查看的次数
views-show = 显示
views-count-others = { $count ->
   *[other] 其他人查看过您的记录{ $count }次。
}
views-count-all = { $count ->
   *[other] 您的记录共被查看过{ $count }次，包括您自己查看的次数。
}
views-pages = 清单页码
views-page-of = 第{ $page }页，共{ $pages }页
views-newer = 较新
views-older = 较早

# 法律援助：客户
clients-title = 我的客户
clients-heading = 我的客户
clients-lead = 这些人允许您查看他们的记录。每个人自己决定可以查看多久，也可以随时停止。每次您打开一份记录，当事人都能看到您打开过。
clients-none = 目前没有人与您共享他们的记录。
clients-name = 姓名
clients-until = 可查看至
client-record-heading = { $name }的记录
client-record-consent = { $name }允许您查看这份记录，直到{ $date }。对方可以看到您打开过它。

# 管理：记录访问码
admin-title = 管理
admin-heading = 管理
admin-code-heading = 发放记录访问码
admin-code-lead = 当事人需要记录访问码，才能把自己的记录关联到账户。发放新的访问码后，这个人以前未使用的访问码都会失效。访问码只显示一次，显示在一封供打印和邮寄的信中。
admin-code-submit = 发放访问码并显示信件
admin-imports-heading = 州犯罪记录摘录的导入
admin-imports-lead = 每次导入都会把州政府的犯罪记录摘录载入“我的记录”，要么全部载入，要么完全不载入。请在服务器上运行：myrecord import FILE
admin-imports-none = 还没有导入任何数据。
admin-imports-file = 文件
admin-imports-as-of = 数据截至
admin-imports-when = 导入时间
admin-people = 人数
admin-charges = 指控
admin-runs-heading = 清理运行
admin-runs-lead = 每次运行都会按照现行的规则包审查记录，封存法律清理的内容，并为每个机构写好通知。要为所有人运行一次，请在服务器上运行：myrecord clearance run --rules pa-act56。审核员作出更正后，会立即对那一个人重新审查。
admin-runs-none = 还没有进行过清理运行。
admin-runs-run = 运行
admin-runs-rules = 规则
admin-runs-when = 时间
admin-runs-counts = 结果
admin-runs-everyone = 所有人
admin-runs-one-person = 一个人，在更正之后
admin-runs-rules-value = { $law }，截至{ $date }
admin-runs-started = 开始于{ $when }
admin-runs-finished = 完成于{ $when }
admin-runs-unfinished = 未完成：仍在运行，或在结束前已停止
admin-runs-count-values = { $people_n ->
       *[other] { $people }人
    }，{ $charges_n ->
       *[other] { $charges }项指控
    }：{ $cleared }项已清理（其中{ $sealed }项为新封存），{ $waiting }项等待中，{ $not_cleared }项未清理
letter-title = 记录访问码信件
letter-heading = 供打印和邮寄的信件
letter-shown-once = 访问码只在这一次显示：系统只保存它的加密形式。请现在打印这封信。重新加载此页面会发放一个新的访问码。
letter-print-hint = 这封信会用英语和{ $language }打印。
letter-back = 返回管理页面
letter-sender = 州犯罪记录办公室
letter-reference = 参考编号：{ $sid }。日期：{ $date }。
letter-subject = 您在网上查看犯罪记录所需的访问码
letter-greeting = { $name }，您好：
letter-why = 您可以通过“我的记录”，在网上用通俗易懂的语言查看您的犯罪记录。您可以看到Clean Slate（“清白记录”）法已经清理了哪些条目，其他条目什么时候可以清理，以及如何报告错误。为了保护您的隐私，您需要用这个访问码把您的记录关联到您的账户。
letter-code-label = 您的记录访问码：
letter-expires = 这个访问码只能使用一次，有效期到{ $date }。
letter-step-go = 请前往 { $link }
letter-step-account = 登录，或者用您的电子邮箱地址创建一个账户。
letter-step-code = 输入上面的访问码和您的出生日期。
letter-keep-safe = 请妥善保管这封信，不要给别人看：有了它，别人可能会看到您的记录。
letter-not-expected = 如果您没有想到会收到这封信，您什么都不用做。这个访问码会自动失效。

# 电子邮件（纯文本）
email-reset-subject = 为“我的记录”设置新密码
email-reset-body =
    有人申请重设您的“我的记录”账户密码。

    如需设置新密码，请打开这个链接。它只能使用一次，1小时内有效：
    { $link }

    如果不是您本人申请的，您什么都不用做：您的密码没有改变。
email-change-link-subject = 确认您在“我的记录”的新电子邮箱
email-change-link-body =
    有人（可能是您本人）申请用这个地址登录“我的记录”。

    如需确认，请打开这个链接。它只能使用一次，24小时内有效：
    { $link }

    在您确认之前，您的账户仍使用原来的电子邮箱。如果不是您本人申请的，您什么都不用做。
email-change-warning-subject = 您在“我的记录”的电子邮箱正在被更改
email-change-warning-body =
    有人登录了您的“我的记录”账户，并申请把电子邮箱改为另一个地址。只有在发送到新地址的链接被打开后，才会更改。

    如果是您本人申请的，您什么都不用做。

    如果不是您本人，请马上设置新密码，这样对方就不能再登录：
    { $reset }
email-change-taken-subject = 这个地址已经有“我的记录”账户
email-change-taken-body =
    有人（可能是您本人）申请把一个“我的记录”账户转到这个电子邮箱地址。这个地址已经有自己的账户，所以没有做任何更改。

    如果您想使用这个地址，请登录它已有的账户。如果不是您本人申请的，您什么都不用做。
email-account-closed-subject = 您的“我的记录”账户已关闭
email-account-closed-body =
    您的“我的记录”账户已关闭。您不能再登录，我们也不会再给您发电子邮件。

    您的犯罪记录和以前一样由州政府保存：关闭账户不会改变它。机构仍然会答复您报告过的错误；请写信或打电话给他们，并提供参考编号。您曾允许查看您记录的法律援助工作者，将不能再查看。

    如果想再次使用“我的记录”，请创建一个新账户，并申请一封新的信。
email-welcome-subject = 您的“我的记录”账户
email-welcome-body =
    管理员已为您创建了一个“我的记录”账户（{ $role }）。

    如需设置密码，请打开这个链接。它只能使用一次，7天内有效：
    { $link }

    第一次登录时，您需要用手机上的身份验证器应用设置两步验证。

# 创建账户：先确认电子邮箱地址，然后才创建账户
register-sent-heading = 请查看您的电子邮箱
register-sent-body = 我们已向您提供的地址发送了一封电子邮件。请在24小时内打开邮件中的链接，完成创建账户。如果您已经有使用这个地址的账户，邮件会告诉您如何直接登录。
register-sent-spam = 如果几分钟后还没有看到这封邮件，请查看垃圾邮件文件夹。
register-confirm-title = 完成创建账户
register-confirm-heading = 完成创建账户
register-confirm-lead = 请按下按钮创建您的账户。您将自动登录。
register-confirm-submit = 创建我的账户
register-link-invalid-heading = 这个链接无法使用
register-link-invalid-body = 这个链接可能已经用过，或者已超过24小时。请重新创建账户；如果您已经有账户，请直接登录。
error-too-many-registrations = 我们已经向这个地址发送了好几封电子邮件。请等一个小时后再试。
email-register-subject = 完成创建您的“我的记录”账户
email-register-body =
    有人（可能是您本人）开始用这个电子邮箱地址创建“我的记录”账户。

    如需完成，请打开这个链接。它只能使用一次，24小时内有效：
    { $link }

    如果不是您本人，您什么都不用做：没有这个链接，就不会创建账户。
email-account-exists-subject = 您已经有“我的记录”账户
email-account-exists-body =
    有人（可能是您本人）尝试用这个电子邮箱地址创建“我的记录”账户，但已经有账户在使用这个地址。

    如需登录，请前往：
    { $sign_in }

    如果您忘记了密码，请在这里设置新密码：
    { $reset }

    如果不是您本人，您什么都不用做：没有任何改变。
