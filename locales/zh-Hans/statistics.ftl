# 公开的统计页面（/statistics）。只有数字：不涉及任何个人的信息。
statistics-title = Clean Slate数据一览
statistics-heading = Clean Slate数据一览
statistics-lead = 州政府的自动记录清理做了什么，以及人们报告的错误多快得到答复。任何人都可以阅读本页。
statistics-clearance-heading = 自动清理的记录
statistics-no-review = 州政府还没有进行记录清理审查。
statistics-latest-review = 最近一次对所有人记录的审查，采用的是截至{ $date }的{ $law }。
statistics-clearance-caption = 最近一次审查
statistics-what = 统计内容
statistics-how-many = 数量
statistics-people = 有记录的人
statistics-charges = 这些记录上的指控
statistics-cleared = 已清理的指控：在公开的背景调查中被隐藏
statistics-waiting = 以后可以清理的指控：等待期过后即可清理
statistics-not-cleared = 法律不清理的指控
statistics-cleared-share = 在所有指控中，有{ $percent }%已被清理。
statistics-sealed-in-all = { $count ->
   *[other] 自第一次审查以来，已有{ $number }项指控被封存。已封存的记录并没有被销毁：警方、法院和一些执照审批机构仍然可以看到。
}
statistics-disputes-heading = 报告的错误
statistics-no-disputes = 还没有人报告过自己记录中的错误。
statistics-disputes-caption = 对记录错误提出的异议
statistics-disputes-received = 收到的异议
statistics-disputes-corrected = 记录已更正
statistics-disputes-not-changed = 记录经核实无误，没有更改
statistics-disputes-open = 仍在审核中
statistics-disputes-overdue = 超过机构的期限后仍在审核中
statistics-disputes-on-time = 在{ $decided }项已作出决定的异议中，有{ $on_time }项（{ $percent }%）在机构的期限内得到答复。
statistics-privacy = 这些只是数字。其中没有姓名、出生日期或案件详情，所以无法从中识别出任何人。
footer-statistics = Clean Slate数据一览
# 大数字中每三位数字之间的分隔符。
number-thousands-separator = ,
number-decimal-separator = .
