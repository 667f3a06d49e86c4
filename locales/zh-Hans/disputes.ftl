# 异议：报告某个条目有错、跟进处理进展，以及机构审核员使用的页面和电子邮件。

nav-disputes = 我的异议
nav-review = 异议队列

# 在记录页面上
charge-dispute = 这个条目有错吗？
charge-dispute-label = 这个条目有错吗：{ $offense }？
charge-corrected = 已于{ $date }根据异议{ $reference }更正。
record-disputes-link = 我的异议
record-wrong-heading = { $reader ->
    [self] 您的记录有错吗？
   *[other] 这份记录有错吗？
}
record-wrong-body = 如果某个条目有错，请使用它下方的链接。如果是其他地方有错，比如某个条目本应被清理，请在这里告诉我们。
record-wrong-link = 告诉我们整份记录有错
case-record-note = 您能看到这份记录，是因为异议{ $reference }。每次您打开它，当事人都能看到。

# 提出异议的各个步骤
dispute-caption = 报告错误
dispute-continue = 继续
dispute-about-entry = 您要报告的条目：
dispute-about-whole = 您要报告的是整份记录的问题。
dispute-kind-title = 哪里有错？
dispute-kind-heading = 哪里有错？
dispute-kind-legend = 请选择最符合的一项
dispute-kind-not-me = 这个条目不是我的
dispute-kind-outcome-wrong = 结果有错或缺失
dispute-kind-date-wrong = 某个日期有错
dispute-kind-should-be-cleared = 这本应被清理
dispute-kind-duplicate = 同一内容出现了两次
dispute-kind-other = 其他问题
dispute-details-title = 请告诉我们更多情况
dispute-details-heading = 请告诉我们更多情况
dispute-statement-hint = 请用您自己的话说明哪里有错。
dispute-statement-hint-not-me = 例如：您那天从来没有被逮捕过，或者姓名或出生日期是别人的。
dispute-statement-hint-outcome-wrong = 例如：这项指控已被驳回，或者您已完成一个项目，但记录上写的不一样，或者什么都没写。
dispute-statement-hint-date-wrong = 请说明哪个日期有错；如果您知道正确的日期，也请写上。
dispute-statement-hint-should-be-cleared = 请说明您为什么认为它本应被清理，比如您已经付清了欠款。
dispute-statement-hint-duplicate = 请说明哪些条目是同一个案件。
dispute-statement-hint-other = 请用您自己的话说明哪里有错。
field-dispute-statement = 哪里有错？
field-dispute-statement-hint = 最多5,000个字符。您可以在下一页添加文件。
field-dispute-correct-value = 正确的内容应该是什么？（可选）
field-dispute-correct-value-hint = 例如正确的结果或正确的日期。
dispute-documents-title = 添加文件
dispute-documents-heading = 添加文件（可选）
dispute-documents-lead = 文件可以帮助审核员更快作出决定，比如法院命令、付款收据，或项目颁发的证书。您最多可以添加10份，每次添加一份。
dispute-documents-added = 您已添加的文件
dispute-document-remove = 删去
dispute-document-remove-label = 删去{ $name }
dispute-document-add = 添加这份文件
field-document = 选择文件
field-document-optional = 添加文件（可选）
field-document-hint = PDF、JPG或PNG文件，最大10 MB。纸质文件拍一张清楚的照片就可以。
document-size = { $kb } KB
dispute-check-title = 检查您的回答
dispute-check-heading = 提交前请检查您的回答
dispute-check-kind = 哪里有错
dispute-check-statement = 您告诉我们的情况
dispute-filed-by = { $reader ->
    [self] 代您提交的人
   *[other] 提交人
}
dispute-statement-worker = 法律援助工作者告诉我们的情况
dispute-statement-person = { $reader ->
    [self] 您告诉我们的情况
   *[other] 当事人告诉我们的情况
}
dispute-check-correct-value = 正确的内容
dispute-check-documents = 文件
dispute-check-none = 无
dispute-change = 更改
dispute-change-label = 更改“{ $what }”
dispute-check-send-heading = 现在提交您的异议
dispute-check-send-body = 提交即表示您确认：就您所知，您告诉我们的情况是真实的。机构审核员会阅读您的异议，并查看这份记录。
dispute-submit = 提交异议
dispute-confirmation-title = 异议已提交
dispute-confirmation-heading = 异议已提交
dispute-confirmation-reference = 您的参考编号是
dispute-confirmation-next-heading = 接下来会怎样
dispute-confirmation-next = 机构审核员会查看这份记录，并在{ $date }之前答复。审核员可能会请您提供更多信息。
dispute-confirmation-email = 每次状态有变化，我们都会给您发电子邮件。请保存好参考编号：如果您打电话询问您的异议，请提供这个编号。
dispute-confirmation-follow = 跟进您的异议

# 我的异议和单个异议
disputes-title = 我的异议
disputes-heading = 我的异议
disputes-lead = 您报告过的错误，以及每一项的处理进展。
disputes-lead-clients = 您或您的客户就客户的记录报告过的错误，以及每一项的处理进展。
disputes-filed-by = 提交人
disputes-filed-by-you = 您本人
disputes-filed-by-client = 您的客户
disputes-none = 您还没有报告过任何错误。
disputes-none-clients = 还没有人就您客户的记录报告过错误。
disputes-reference = 参考编号
disputes-kind = 哪里有错
disputes-sent = 提交日期
disputes-status = 状态
disputes-from-record = 从您的记录报告错误
disputes-from-clients = 从客户的记录报告错误
dispute-detail-heading = 异议{ $reference }
dispute-due = 答复截止日期
dispute-timeline-heading = 到目前为止的进展
dispute-status-submitted = 已提交
dispute-status-in-review = 审核中
dispute-status-info-requested = 需要更多信息
dispute-status-corrected = 已更正
dispute-status-not-changed = 未更改
dispute-status-submitted-meaning = 我们已经收到您的异议。审核员很快就会查看。
dispute-status-in-review-meaning = 审核员正在查看这份记录。
dispute-status-info-requested-meaning = 审核员需要您提供更多信息。请在下方答复。
dispute-status-corrected-meaning = 记录已更正。审核员在下方说明了更改内容。
dispute-status-not-changed-meaning = 审核员认为记录是正确的，没有更改。理由写在下方。
dispute-event-submitted = 异议已提交
dispute-event-review-started = 审核员开始查看
dispute-event-info-requested = 审核员请您提供更多信息
dispute-event-info-given = 已提交更多信息
dispute-event-corrected = 记录已更正
dispute-event-not-changed = 记录未更改
dispute-event-reviewer-said = 审核员写道：
dispute-event-you-said = 随异议一起提交的说明：
dispute-documents-continue-hint = 添加完所有文件后，请继续。如果您已选择了某份文件但还没有添加，按“继续”时会自动添加。
dispute-question-heading = 审核员向您提出的问题
dispute-reply-heading = 提交所需的信息
field-dispute-reply = 您的答复
dispute-reply-submit = 提交我的答复

# 错误
error-dispute-kind-missing = 请选择哪里有错
error-dispute-entry-unknown = 这个条目不在您可以报告的记录上。请返回记录页面，使用该条目下方的链接。
error-dispute-statement-missing = 请告诉我们哪里有错
error-dispute-statement-too-long = 这里最多只能写5,000个字符
error-dispute-correct-value-too-long = 这里最多只能写500个字符
error-dispute-signed-out = 您有一段时间没有操作，所以系统已让您退出登录。您输入的内容在下方：请在新的标签页或窗口中重新登录，然后回到这里，再按一次“继续”。
error-dispute-form-expired = 为了保护您的安全，此表单已过期。请检查您的回答，然后重新提交异议。
error-dispute-reply-missing = 请写下您的答复
error-dispute-not-waiting = 审核员已不再等待您对这项异议的答复。
error-document-missing = 请选择要添加的文件
error-document-type = 文件必须是PDF、JPG或PNG格式
error-document-too-big = 文件必须小于10 MB
error-document-empty = 这份文件是空的。请选择其他文件。
error-document-too-many = 您最多可以添加10份文件
error-dispute-too-many-drafts = 您未提交的异议已经达到上限。请先提交或完成其中一项。未提交的异议会在30天后被删除。
error-document-no-room = 这个账户无法再保存更多文件。请从某项未提交的异议中删去一份不再需要的文件，或者询问记录办公室怎样用其他方式寄送。
error-document-unreadable = 无法读取这份文件。请再试一次，或选择其他文件。

# 审核员使用的页面
review-title = 异议队列
review-heading = 异议队列
review-count = { $count ->
    [0] 没有未处理的异议。
   *[other] 有{ $count }项未处理的异议，其中{ $overdue }项已逾期。
}
review-none = 没有等待审核的内容。
review-due = 截止日期
review-overdue = 已逾期
review-person = { $name }的记录
review-whole-record = 查看整份记录
review-decide-heading = 作出决定
review-start = 开始审核
review-correct-heading = 更正记录
review-correct-hint = 各栏显示的是该条目目前的内容。请修改有错的地方；旧的内容会保留在记录的历史中。
review-correct-submit = 检查更正
review-check-title = 检查更正
review-check-lead = 目前还没有做任何更改。请检查针对异议{ $reference }的每一项更改，以及当事人将会读到的信息，然后再执行更正。
review-check-changes = 更改内容
review-check-field = 栏目
review-check-now = 目前
review-check-after = 更正后
review-check-no-date = 没有日期（案件尚未结束）
review-check-on-record = 在记录上
review-check-on-record-field = 列在记录上
review-check-struck = 已从记录中移除
review-check-apply = 执行更正
review-check-edit = 返回修改
review-info-heading = 请求提供更多信息
review-info-submit = 发送请求
review-decline-heading = 不更改记录
review-decline-submit = 拒绝，并附上此理由
review-language = 语言
review-write-in = 这项异议是用{ $language }提交的。请用{ $language }书写您的信息和决定理由：当事人读到的内容与您写的完全一样。
field-review-disposition = 结果
field-review-disposition-date = 结果日期
field-review-disposition-date-hint = 如果案件尚未结束，请留空。
field-review-grade = 等级
field-review-restitution = 尚欠的赔偿金（美元）
field-review-restitution-hint = 例如 0 或 450.00
field-review-strike = 从当事人的记录中移除这个条目（它不属于当事人，或者出现了两次）
field-review-correction-message = 给当事人的说明：更正了什么
field-review-info-message = 您需要当事人提供什么
field-review-decline-message = 给当事人的说明：为什么记录是正确的
field-review-message-hint = 当事人会读到这段内容。请写得简单易懂，不要使用内部代码。
error-review-correction-missing = 请向当事人说明这项更正
error-review-request-missing = 请说明您需要什么信息
error-review-reason-missing = 请说明不更改记录的理由
error-review-nothing-changed = 没有做任何更改。请修改某一项内容，或拒绝这项异议。
error-review-restitution = 请输入以美元为单位的金额，例如 0 或 450.00
notice-dispute-updated = 异议已更新。当事人会收到电子邮件通知。
notice-dispute-updated-not-reviewed = 条目已更正，当事人会收到电子邮件通知。目前暂时无法重新得出它的清理决定；下一次清理运行时会处理。
disposition-name-convicted = 已定罪
disposition-name-dismissed = 已驳回
disposition-name-withdrawn = 已撤回
disposition-name-nolle-prossed = 不再起诉（nolle prossed）
disposition-name-acquitted = 无罪
disposition-name-diverted = 已完成分流计划
disposition-name-pardoned = 已获赦免
disposition-name-pending = 尚未结束
disposition-name-unknown = 不详

# 有关异议的电子邮件
email-dispute-received-subject = 我们已收到您的异议{ $reference }
email-dispute-received-body =
    我们已收到您的异议：您报告了犯罪记录中的一个错误。参考编号是{ $reference }。

    机构审核员会查看这份记录，并在{ $date }之前答复。每次状态有变化，我们都会给您发电子邮件。

    在这里跟进：{ $link }
email-dispute-in-review-subject = 您的异议{ $reference }正在审核
email-dispute-in-review-body =
    审核员已开始查看您的异议{ $reference }。

    在这里跟进：{ $link }
email-dispute-info-requested-subject = 您的异议{ $reference }需要更多信息
email-dispute-info-requested-body =
    审核员需要更多信息，才能对您的异议{ $reference }作出决定。审核员写道：

    { $message }

    在这里答复：{ $link }
email-dispute-info-given-subject = 我们已收到您对异议{ $reference }的答复
email-dispute-info-given-body =
    谢谢您：我们已收到您对异议{ $reference }的答复。它已回到审核员那里，审核员会查看您提交的内容。

    在这里跟进：{ $link }
email-dispute-corrected-subject = 您的记录已更正（{ $reference }）
email-dispute-corrected-body =
    根据您的异议{ $reference }，记录已经更正。审核员写道：

    { $message }

    在这里查看您的记录和异议：{ $link }
email-dispute-not-changed-subject = 关于您的异议{ $reference }的决定
email-dispute-not-changed-body =
    审核员查看了您的异议{ $reference }，没有更改记录。审核员写道：

    { $message }

    在这里查看异议：{ $link }
    如果您不同意这个决定，法律援助机构可以帮助您。
email-review-answer-subject = 异议{ $reference }收到了答复
email-review-answer-body =
    您就异议{ $reference }请求的更多信息已经收到答复。这项异议已回到审核队列中。

    打开它：{ $link }
notice-dispute-already-decided = 这项异议已经作出过决定，所以没有做任何更改。

# 清理运行不再清理的已封存条目（/review/sealed），供审核员使用。
unseal-title = 需要检查的已封存条目
unseal-heading = 需要检查的已封存条目
unseal-lead = 一次审查发现，现行法律不再清理这些已封存的条目，例如在更正之后或导入新的数据摘录之后。目前没有任何条目被解除封存。只有在您确认某个条目必须重新公开时，才能解除封存：之后会通知相关的法院和警方。
unseal-none = 没有需要检查的内容。
unseal-person = 当事人
unseal-entry = 条目
unseal-sealed-under = 封存依据
unseal-now = 法律现在的规定
unseal-flagged-on = 发现日期
unseal-unseal = 解除封存
unseal-keep = 继续封存
unseal-back = 返回异议队列
unseal-done-unsealed = 该条目已解除封存。相关的法院和警方已收到通知。
unseal-done-kept = 该条目继续封存。
unseal-done-already = 已经有人对这个条目作出了决定。
review-sealed-link = 需要检查的已封存条目
