# The public statistics page (/statistics). Counts only: nothing about any one person.
statistics-title = قانون Clean Slate بالأرقام
statistics-heading = قانون Clean Slate بالأرقام
statistics-lead = ما حققته التنقية التلقائية للسجلات في الولاية، ومدى سرعة الرد على الأخطاء التي يبلغ عنها الناس. يمكن لأي شخص قراءة هذه الصفحة.
statistics-clearance-heading = السجلات التي تمت تنقيتها تلقائيًا
statistics-no-review = لم تراجع الولاية السجلات بعد لتنقيتها.
statistics-latest-review = طبّقت أحدث مراجعة لسجلات الجميع { $law }، بصيغته في { $date }.
statistics-clearance-caption = أحدث مراجعة
statistics-what = ما تم عدّه
statistics-how-many = العدد
statistics-people = الأشخاص الذين لديهم سجل
statistics-charges = التهم الواردة في هذه السجلات
statistics-cleared = التهم التي تمت تنقيتها: مخفية عن عمليات التحقق العامة من الخلفية
statistics-waiting = التهم التي يمكن تنقيتها لاحقًا، بعد انقضاء فترة انتظارها
statistics-not-cleared = التهم التي لا ينقيها القانون
statistics-cleared-share = تمت تنقية { $percent }% من مجموع التهم.
statistics-sealed-in-all = { $count ->
    [zero] منذ أول مراجعة، لم يتم حجب أي تهمة. السجل المحجوب لا يُتلف: فالشرطة والمحاكم وبعض هيئات الترخيص ما زالت تستطيع رؤيته.
    [one] منذ أول مراجعة، تم حجب تهمة واحدة. السجل المحجوب لا يُتلف: فالشرطة والمحاكم وبعض هيئات الترخيص ما زالت تستطيع رؤيته.
    [two] منذ أول مراجعة، تم حجب تهمتين. السجل المحجوب لا يُتلف: فالشرطة والمحاكم وبعض هيئات الترخيص ما زالت تستطيع رؤيته.
    [few] منذ أول مراجعة، تم حجب { $number } تهم. السجل المحجوب لا يُتلف: فالشرطة والمحاكم وبعض هيئات الترخيص ما زالت تستطيع رؤيته.
    [many] منذ أول مراجعة، تم حجب { $number } تهمةً. السجل المحجوب لا يُتلف: فالشرطة والمحاكم وبعض هيئات الترخيص ما زالت تستطيع رؤيته.
   *[other] منذ أول مراجعة، تم حجب { $number } تهمة. السجل المحجوب لا يُتلف: فالشرطة والمحاكم وبعض هيئات الترخيص ما زالت تستطيع رؤيته.
}
statistics-disputes-heading = الأخطاء المُبلغ عنها
statistics-no-disputes = لم يبلغ أحد بعد عن خطأ في سجله.
statistics-disputes-caption = بلاغات عن أخطاء في السجلات
statistics-disputes-received = البلاغات المستلمة
statistics-disputes-corrected = تم تصحيح السجل
statistics-disputes-not-changed = تبيّن أن السجل صحيح، ولم يتم تغييره
statistics-disputes-open = ما زالت في مرحلة المراجعة
statistics-disputes-overdue = ما زالت في مرحلة المراجعة بعد انقضاء المهلة المحددة للجهة المختصة
statistics-disputes-on-time = تم الرد على { $on_time } من أصل { $decided } من البلاغات التي صدر فيها قرار ({ $percent }%) ضمن المهلة المحددة للجهة المختصة.
statistics-privacy = هذه أعداد فقط. لا تتضمن أسماء، ولا تواريخ ميلاد، ولا تفاصيل قضايا، لذلك لا يمكن التعرف على أي شخص منها.
footer-statistics = قانون Clean Slate بالأرقام
# Between groups of three digits in large numbers.
number-thousands-separator = ,
number-decimal-separator = .
