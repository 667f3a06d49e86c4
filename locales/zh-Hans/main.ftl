# 所有页面共用：服务名称、页面布局、导航、表单通用文字。
service-name = 我的记录
layout-skip-to-content = 跳到主要内容
layout-nav-label = 主菜单
layout-footer-synthetic = “我的记录”显示州政府保存的关于您的犯罪记录，以及Clean Slate（“清白记录”）法对这些记录做了什么。本网站不提供法律意见。
nav-my-record = 我的记录
nav-sign-out = 退出登录
nav-back = 返回
nav-home = 前往首页
form-error-summary-title = 出现了问题
form-error-prefix = 错误：
# 本语言用本语言写的名称，在其他语言的页面上由语言切换器显示。
language-endonym = 简体中文
# 用本页面的语言写出的各语言名称，供审核员的队列使用。
language-name-en = 英语
language-name-es = 西班牙语
language-name-zh-hans = 简体中文
language-name-vi = 越南语
language-name-ko = 韩语
language-name-tl = 他加禄语
language-name-ru = 俄语
language-name-ar = 阿拉伯语
# 打开语言列表的按钮，显示在页面语言名称之前。
language-menu-label = 语言

# 日期
date-long = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

# 首页和登录
start-title = 查看您的犯罪记录
start-heading = 用通俗易懂的语言查看您的犯罪记录
start-lead = 根据{ $law }，许多旧记录会自动从公开的背景调查中清理掉，您不需要提出申请。请登录，查看您的记录上有什么，以及法律对它做了什么。
start-can-see = 州政府保存的每一次逮捕和每一项指控，都用简单的话解释
start-can-cleared = 哪些条目已被自动清理，以及原因
start-can-when = 其他条目什么时候可以清理
start-go-to-record = 查看我的记录
sign-in-heading = 登录
sign-in-submit = 登录
sign-in-no-account = 还没有账户？
sign-in-create-account = 创建账户
field-email = 电子邮箱地址
field-password = 密码
notice-signed-out = 您已退出登录。
notice-sign-in-to-see-record = 请登录查看您的记录。

# 创建账户
register-title = 创建账户
register-heading = 创建账户
register-lead = 您需要一个账户才能查看您的记录。请使用只有您本人能查看的电子邮箱地址。
register-submit = 创建账户
field-new-password = 设置密码
field-new-password-hint = 请至少使用12个字符。把几个互不相关的词放在一起，就是一个既安全又好记的密码。
field-password-confirm = 再次输入密码

# 表单错误（显示在输入框旁边和页面顶部的摘要中）
error-email-missing = 请输入您的电子邮箱地址
error-email-invalid = 请按正确格式输入电子邮箱地址，例如 name@example.com
error-password-missing = 请输入您的密码
error-sign-in-failed = 电子邮箱地址或密码不正确。请检查后再试一次。
error-password-too-short = 您的密码至少需要12个字符
error-password-too-long = 您的密码不能超过128个字符
error-password-mismatch = 两次输入的密码不一致。请输入两次相同的密码。
error-form-expired-retry = 为了保护您的安全，此表单已过期。请检查您填写的内容，然后重新提交。

# 只说明一件事的页面
error-not-found-heading = 找不到页面
error-not-found-body = 如果网址是您自己输入的，请检查是否正确。如果您是点击链接进来的，这个链接可能已经过时。
error-server-heading = 抱歉，出了点问题
error-server-body = 您填写的内容都没有丢失。请过几分钟再试。
error-form-expired-heading = 此表单已过期
error-form-expired-body = 为了您的安全，表单只在一段时间内有效。请返回，刷新页面，然后再试一次。
error-bad-request-heading = 我们无法读取这个请求
error-bad-request-body = 请返回后再试一次。
error-timeout-heading = 等待时间太长
error-timeout-body = 页面等待您的浏览器发送内容的时间太长，所以停止了。没有保存任何内容。请返回后再试一次。
error-unavailable-heading = 本服务现在无法使用
error-unavailable-body = 这是我们这边的问题，不是您做错了什么。请过几分钟再试。如果您当时正在提交表单，请到时重新提交。
error-unreadable-text-heading = 我们无法读取您发送的内容
error-unreadable-text-body = 部分文字的格式我们无法读取。从其他程序复制的文字可能会出现这种情况。请返回，重新输入，然后提交。
error-text-unreadable = 这段文字中有部分内容的格式我们无法读取。从其他程序复制的文字可能会出现这种情况。请重新输入。

# 我的记录
record-heading = 我的记录
record-greeting = { $name }，您好。这是州政府保存的关于您的犯罪记录。
record-as-of = 此信息截至{ $date }。法院最近的决定可能还没有包含在内。
record-not-linked-heading = 您的记录还没有关联到这个账户
record-not-linked-body = 为了保护您的隐私，我们只有在确认记录属于您本人之后才会显示。
record-not-linked-code = 州政府会把一封附有记录访问码的信，寄到州政府登记的您的地址。您需要用这个访问码和您的出生日期，把您的记录关联到这个账户。
record-summary-empty = { $reader ->
    [other] 这份记录上没有任何条目。
   *[self] 您的记录上没有任何条目。
}
record-summary-none-reviewed = { $reader ->
    [other] { $count ->
        [1] 这份记录上有1个条目。它还没有经过自动清理审查。
       *[other] 这份记录上有{ $count }个条目。它们都还没有经过自动清理审查。
    }
   *[self] { $count ->
        [1] 您的记录上有1个条目。它还没有经过自动清理审查。
       *[other] 您的记录上有{ $count }个条目。它们都还没有经过自动清理审查。
    }
}
record-summary-cleared = { $reader ->
    [other] { $total ->
        [1] { $cleared ->
            [0] 这份记录上唯一的条目没有被清理。
           *[other] 这份记录上唯一的条目已被清理。
        }
       *[other] 这份记录上的{ $total }个条目中，有{ $cleared }个已被清理。
    }
   *[self] { $total ->
        [1] { $cleared ->
            [0] 您的记录上唯一的条目没有被清理。
           *[other] 您的记录上唯一的条目已被清理。
        }
       *[other] 您的记录上的{ $total }个条目中，有{ $cleared }个已被清理。
    }
}
record-summary-waiting = { $count ->
   *[other] 有{ $count }个条目正在等待，以后可以清理。
}
record-summary-not-cleared = { $count ->
   *[other] 有{ $count }个条目不能自动清理。
}
record-summary-not-reviewed = { $count ->
   *[other] 有{ $count }个条目还没有经过审查。
}
record-glossary-title = 各个标签的含义
record-help-link = 进一步了解记录上的用语，以及法律会清理哪些记录

# 状态标签
status-cleared = 已清理
status-waiting = 等待中
status-not-cleared = 未清理
status-not-reviewed = 尚未审查
status-cleared-meaning = 已按法律清理。每个条目都会说明做了什么处理：封存（大多数背景调查看不到；警方和法院仍然可以看到）、消除、撤销、驳回，或降为较低的等级。
status-waiting-meaning = 如果在那之前情况没有变化，可以在以后的某个日期自动清理。
status-not-cleared-meaning = { $reader ->
    [other] 法律不会自动清理这一条目。当事人也许仍然可以请求法院将其封存或消除。
   *[self] 法律不会自动清理这一条目。您也许仍然可以请求法院将其封存或消除。
}
status-not-reviewed-meaning = 州政府还没有检查这一条目能否自动清理。

# 一次逮捕（案件）及其指控
case-heading = { $agency }于{ $date }实施的逮捕
case-tracking-number = 追踪号
case-court-case = 法院案件
case-court = 法院
charge-offense-unknown = 记录中没有描述这项罪行
charge-law = 法律
charge-law-value = { $statute }，{ $grade }
law-unknown = Clean Slate法
charge-what-happened = 结果
charge-date = 决定日期
charge-no-date = 尚未作出决定
charge-clearance = 清理情况

# 用简单的话说明罪行等级
grade-f1 = 一级重罪（最严重的重罪）
grade-f2 = 二级重罪
grade-f3 = 三级重罪
grade-f = 重罪
grade-m1 = 一级轻罪（最严重的轻罪）
grade-m2 = 二级轻罪
grade-m3 = 三级轻罪
grade-m = 轻罪
grade-s = 简易罪行（最轻微的一类，比如交通罚单）
grade-i = 违规行为（最轻微的一类，不算犯罪）
grade-unknown = 没有记录等级

# 每种结案方式用一句简单的话说明
disposition-convicted = { $reader ->
    [other] 当事人被判有罪，或自己认罪（即被定罪）。
   *[self] 您被判有罪，或自己认罪（即被定罪）。
}
disposition-dismissed = 法院驳回了这项指控。这不算定罪。
disposition-withdrawn = 检察官撤回了这项指控。这不算定罪。
disposition-nolle-prossed = 检察官放弃了这项指控（nolle prosequi，即不再起诉）。这不算定罪。
disposition-acquitted = { $reader ->
    [other] 当事人被判无罪。这不算定罪。
   *[self] 您被判无罪。这不算定罪。
}
disposition-diverted = { $reader ->
    [other] 当事人完成了分流计划，所以这项指控没有以定罪结束。
   *[self] 您完成了分流计划，所以这项指控没有以定罪结束。
}
disposition-pardoned = { $reader ->
    [other] 当事人获得了州长的赦免。
   *[self] 您获得了州长的赦免。
}
disposition-pending = 案件还没有结束。目前还没有作出决定。
disposition-unknown = 记录没有说明这项指控是怎样结束的。

# 清理决定及其原因
decision-cleared = 自{ $date }起，可以根据{ $law }封存；下一次审查时会将其封存。
decision-sealed = 已于{ $date }根据{ $law }封存。从那以后，大多数背景调查都不会显示它。
decision-eligible-since = 法律从{ $date }起就允许将其封存；但它从封存当天起才被隐藏。
remedy-eligible-since = 法律从{ $date }起就允许这样做；它在上面的日期生效。
decision-waiting = 这一条目可以在{ $date }清理。
decision-run = 已于{ $date }根据{ $law }审查。
decision-reviewed = 已于{ $date }审查。

# 清理会带来什么，用于指明处理方式的法律（{ $law } 是法律名称，
# { $date } 是日期，{ $grade } 是用文字写出的较低等级）。
remedy-due-seal = 自{ $date }起，可以根据{ $law }封存；下一次审查时会将其封存。
remedy-due-expunge = 自{ $date }起，可以根据{ $law }消除；下一次审查时会办理。
remedy-due-set-aside = 自{ $date }起，可以根据{ $law }撤销；下一次审查时会办理。
remedy-due-dismiss-and-seal = 自{ $date }起，可以根据{ $law }驳回并封存；下一次审查时会办理。
remedy-due-reduce = 自{ $date }起，可以根据{ $law }降为{ $grade }；下一次审查时会办理。
remedy-done-seal = 已于{ $date }根据{ $law }封存。
remedy-done-expunge = 已于{ $date }根据{ $law }消除。
remedy-done-set-aside = 已于{ $date }根据{ $law }撤销。
remedy-done-dismiss-and-seal = 已于{ $date }根据{ $law }驳回并封存。
remedy-done-reduce = 已于{ $date }根据{ $law }降为{ $grade }。
remedy-meaning-seal = 封存是指：大多数做背景调查的雇主和房东都看不到它。警方和法院仍然可以看到。
remedy-meaning-expunge = 消除是指：这份记录被销毁。背景调查不会显示它，您也不必向任何人提起。
remedy-meaning-set-aside = 撤销是指：法律把这项定罪当作没有发生过。大多数背景调查不会显示它。警方和法院仍然可以看到。
remedy-meaning-dismiss-and-seal = 驳回并封存是指：这项定罪被取消，因为当时的行为现在已经不算犯罪。背景调查不会显示它。
remedy-meaning-reduce = 降级是指：这项定罪仍然留在您的记录上，但改按较低一类的罪行记录。背景调查会显示较低的等级。
reduced-grade-m = 轻罪
reduced-grade-i = 违规行为（不算犯罪）
reason-not-final = 这项指控在法院还没有了结，所以还不能清理。
reason-waiting-period = 法律规定的等待期还没有过去。
reason-restitution-owed = 此案还有未付清的赔偿金。付清以后，可以再次审查。
reason-excluded-offense = 这项罪行不在这部法律的适用范围内。
reason-disqualifying-history = { $reader ->
    [other] 这份记录上的其他定罪，使这一条目不能自动清理。
   *[self] 您记录上的其他定罪，使这一条目不能自动清理。
}
held-back-by = 以下是阻碍清理的定罪：
held-back-entry = { $offense }，{ $date }
reason-grade-not-covered = 法律不会自动清理这一等级的定罪。
reason-no-rule = 这部法律没有任何规则适用于这一条目。
reason-missing-data = 记录缺少法律作出判断所需的一项信息，比如刑罚。如果您报告这个错误，就可以补上。
reason-no-lesser-offense = 法律修改以后，这项罪行的等级不变或更高，所以没有可以降低的。
reason-date-not-covered = 这项罪行发生在法律修改之后，所以这部分法律不适用于它。
reason-pending-charge = { $reader ->
    [other] 当事人有一个案件在法院还没有结束。在它结束之前，任何条目都不能自动清理。
   *[self] 您有一个案件在法院还没有结束。在它结束之前，任何条目都不能自动清理。
}
reason-conviction-limit = { $reader ->
    [other] 当事人这一类的定罪数量，超过了法律允许自动清理的数量。
   *[self] 您这一类的定罪数量，超过了法律允许自动清理的数量。
}

# 联系方式：在哪里可以找到工作人员（由各部署单位设置）
footer-contact = 联系我们
contact-title = 联系我们 – 我的记录
contact-heading = 找工作人员咨询
contact-lead = “我的记录”本身无法回答问题。以下机构可以回答：关于您的记录上有什么，请联系州犯罪记录办公室；关于您接下来可以做什么，请联系法律援助机构。符合条件的人可以免费获得法律援助。
contact-agency-heading = 州犯罪记录办公室
contact-agency-lead = 如果您想索取附有记录访问码的信、询问您提交的异议，或了解您的记录内容，请给他们打电话或写信。
contact-agency-none = 本网站还没有收到该办公室的联系方式。给您寄信的机构可以告诉您怎样联系该办公室。
contact-legal-aid-heading = 免费法律帮助
contact-legal-aid-lead = 这些机构帮助人们清理自己的记录，还可以告诉您向法院提出申请或申请赦免是否对您有帮助。每个机构都写明了它服务哪些县。
contact-legal-aid-none = 本网站还没有收到法律援助机构的名单。
contact-legal-aid-link = 您附近的免费法律帮助
contact-phone = 电话
contact-hours = 办公时间
contact-address = 地址
contact-web = 网站
contact-counties = 服务地区
contact-whole-state = 全州
contact-lead-start = 对您的记录有疑问，或没有收到附有访问码的信？请打电话给该办公室。
contact-lead-letter = 如需附有新访问码的信，请给该办公室打电话或写信。
contact-lead-dispute = 如果您打电话询问您的异议，请告诉他们异议的参考编号。
contact-lead-error = 如果这种情况一再发生，您可以打电话给该办公室。
contact-lead-help = 他们可以回答有关您记录内容的问题，也可以寄给您一封附有新访问码的信。

# 自动程序无法清理的条目，还可以怎么办
next-step-heading = { $reader ->
    [self] 您还可以做什么
   *[other] 当事人还可以做什么
}
next-step-petition = { $reader ->
    [self] 自动程序无法清理这一条目。如果您提出请求（即向法院申请），法院仍然可能将其封存或消除；赦免也可以清理一项定罪。哪些方式对您可行，要看您的全部记录。
   *[other] 自动程序无法清理这一条目。如果当事人提出请求（即向法院申请），法院仍然可能将其封存或消除；赦免也可以清理一项定罪。哪些方式可行，要看全部记录。
}
next-step-help = { $reader ->
    [self] 免费的法律援助可以告诉您哪种方式适用于您，并帮助您提出申请。
   *[other] 免费的法律援助可以告诉当事人哪种方式适用，并帮助他们提出申请。
}

meta-description = 用通俗易懂的语言查看您的犯罪记录：州Clean Slate法清理了什么，其余的什么时候可以清理，以及如何报告错误。
