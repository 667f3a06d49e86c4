# Shared by every page: service name, layout, navigation, form furniture.
service-name = سجلّي
layout-skip-to-content = الانتقال إلى المحتوى الرئيسي
layout-nav-label = القائمة الرئيسية
layout-footer-synthetic = يعرض «سجلّي» السجل الجنائي الذي تحتفظ به الولاية عنك، وما فعله به قانون Clean Slate (قانون «الصفحة الجديدة»). هذا ليس استشارة قانونية.
nav-my-record = سجلي
nav-sign-out = تسجيل الخروج
nav-back = رجوع
nav-home = الانتقال إلى صفحة البداية
form-error-summary-title = توجد مشكلة
form-error-prefix = خطأ:
# The language's name in itself, shown by the switcher on pages in other languages.
language-endonym = العربية
# Each language named in this page's language, for the reviewer's queue.
language-name-en = الإنجليزية
language-name-es = الإسبانية
language-name-zh-hans = الصينية (المبسطة)
language-name-vi = الفيتنامية
language-name-ko = الكورية
language-name-tl = التاغالوغية
language-name-ru = الروسية
language-name-ar = العربية
# The button that opens the list of languages, before the name of the page's language.
language-menu-label = اللغة

# Dates
date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

# Start page and sign in
start-title = الاطلاع على سجلك الجنائي
start-heading = سجلك الجنائي بكلمات بسيطة
start-lead = بموجب { $law }، تتم تنقية كثير من السجلات القديمة تلقائيًا، فلا تظهر في عمليات التحقق العامة من الخلفية، دون حاجة إلى تقديم طلب. يمكنك تسجيل الدخول للاطلاع على ما في سجلك، وما فعله القانون به.
start-can-see = كل عملية قبض وكل تهمة لدى الولاية، مشروحة بكلمات بسيطة
start-can-cleared = القيود التي تمت تنقيتها تلقائيًا، وسبب ذلك
start-can-when = متى يمكن تنقية القيود الأخرى
start-go-to-record = الذهاب إلى سجلي
sign-in-heading = تسجيل الدخول
sign-in-submit = تسجيل الدخول
sign-in-no-account = ليس لديك حساب بعد؟
sign-in-create-account = إنشاء حساب
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
notice-signed-out = تم تسجيل خروجك.
notice-sign-in-to-see-record = يرجى تسجيل الدخول للاطلاع على سجلك.

# Create an account
register-title = إنشاء حساب
register-heading = إنشاء حساب
register-lead = يلزمك حساب للاطلاع على سجلك. يرجى استخدام عنوان بريد إلكتروني لا يطّلع عليه أحد غيرك.
register-submit = إنشاء الحساب
field-new-password = إنشاء كلمة مرور
field-new-password-hint = يرجى استخدام 12 حرفًا على الأقل. بضع كلمات لا رابط بينها، مكتوبة معًا، تصنع كلمة مرور قوية وسهلة التذكر.
field-password-confirm = إعادة كتابة كلمة المرور

# Form errors (shown next to the field and in the summary at the top)
error-email-missing = يرجى إدخال عنوان بريدك الإلكتروني
error-email-invalid = يرجى إدخال عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com
error-password-missing = يرجى إدخال كلمة المرور
error-sign-in-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح. يرجى التحقق منهما والمحاولة مرة أخرى.
error-password-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل
error-password-too-long = يجب ألا تزيد كلمة المرور على 128 حرفًا
error-password-mismatch = كلمتا المرور غير متطابقتين. يرجى كتابة كلمة المرور نفسها مرتين.
error-form-expired-retry = انتهت صلاحية هذا النموذج حفاظًا على أمانك. يرجى مراجعة ما أدخلته وإرساله مرة أخرى.

# Pages that say one thing
error-not-found-heading = الصفحة غير موجودة
error-not-found-body = إذا كتبت عنوان الصفحة بنفسك، فيرجى التحقق من صحته. وإذا وصلت إليها عبر رابط، فقد يكون الرابط قديمًا.
error-server-heading = عذرًا، حدث خطأ ما
error-server-body = لم يضع شيء مما أدخلته. يرجى المحاولة مرة أخرى بعد بضع دقائق.
error-form-expired-heading = انتهت صلاحية هذا النموذج
error-form-expired-body = حفاظًا على أمانك، لا تعمل النماذج إلا لمدة محدودة. يرجى الرجوع، وإعادة تحميل الصفحة، ثم المحاولة مرة أخرى.
error-bad-request-heading = لم نتمكن من قراءة هذا الطلب
error-bad-request-body = يرجى الرجوع والمحاولة مرة أخرى.
error-timeout-heading = استغرق ذلك وقتًا طويلًا
error-timeout-body = انتظرت الصفحة ما كان يرسله متصفحك وقتًا طويلًا، فتوقفت. لم يُحفظ أي شيء. يرجى الرجوع والمحاولة مرة أخرى.
error-unavailable-heading = هذه الخدمة لا تعمل الآن
error-unavailable-body = هذه مشكلة من جهتنا، وليست بسبب شيء فعلته. يرجى المحاولة مرة أخرى بعد بضع دقائق. وإذا كنت ترسل نموذجًا، فيرجى إرساله مرة أخرى حينها.
error-unreadable-text-heading = لم نتمكن من قراءة ما أرسلته
error-unreadable-text-body = جزء من النص كان بصيغة لا نستطيع قراءتها. قد يحدث هذا مع نص منسوخ من برنامج آخر. يرجى الرجوع، وكتابته من جديد، ثم إرساله.
error-text-unreadable = جزء من هذا النص كان بصيغة لا نستطيع قراءتها. قد يحدث هذا مع نص منسوخ من برنامج آخر. يرجى كتابته من جديد.

# My record
record-heading = سجلي
record-greeting = مرحبًا { $name }. هذا هو السجل الجنائي الذي تحتفظ به الولاية عنك.
record-as-of = هذه المعلومات محدّثة حتى { $date }. قد لا تظهر هنا بعد قرارات المحاكم الأحدث.
record-not-linked-heading = سجلك غير مرتبط بهذا الحساب بعد
record-not-linked-body = حفاظًا على خصوصيتك، لا نعرض أي سجل إلا بعد أن نتأكد أنه سجلك.
record-not-linked-code = ترسل الولاية بالبريد رسالة فيها رمز الوصول إلى السجل، إلى العنوان المسجل لديها لك. بهذا الرمز وبتاريخ ميلادك يمكنك ربط سجلك بهذا الحساب.
record-summary-empty = { $reader ->
    [other] لا توجد قيود في هذا السجل.
   *[self] لا توجد قيود في سجلك.
}
record-summary-none-reviewed = { $reader ->
    [other] { $count ->
        [zero] لا توجد قيود في هذا السجل.
        [one] في هذا السجل قيد واحد. لم تتم مراجعته بعد للتنقية التلقائية.
        [two] في هذا السجل قيدان. لم تتم مراجعة أي منهما بعد للتنقية التلقائية.
        [few] في هذا السجل { $count } قيود. لم تتم مراجعة أي منها بعد للتنقية التلقائية.
        [many] في هذا السجل { $count } قيدًا. لم تتم مراجعة أي منها بعد للتنقية التلقائية.
       *[other] في هذا السجل { $count } قيد. لم تتم مراجعة أي منها بعد للتنقية التلقائية.
    }
   *[self] { $count ->
        [zero] لا توجد قيود في سجلك.
        [one] في سجلك قيد واحد. لم تتم مراجعته بعد للتنقية التلقائية.
        [two] في سجلك قيدان. لم تتم مراجعة أي منهما بعد للتنقية التلقائية.
        [few] في سجلك { $count } قيود. لم تتم مراجعة أي منها بعد للتنقية التلقائية.
        [many] في سجلك { $count } قيدًا. لم تتم مراجعة أي منها بعد للتنقية التلقائية.
       *[other] في سجلك { $count } قيد. لم تتم مراجعة أي منها بعد للتنقية التلقائية.
    }
}
record-summary-cleared = { $reader ->
    [other] { $total ->
        [zero] تمت تنقية { $cleared } من قيود هذا السجل، وعددها { $total }.
        [one] { $cleared ->
            [0] لم تتم تنقية القيد الوحيد في هذا السجل.
           *[other] تمت تنقية القيد الوحيد في هذا السجل.
        }
        [two] تمت تنقية { $cleared } من قيود هذا السجل، وعددها { $total }.
        [few] تمت تنقية { $cleared } من قيود هذا السجل، وعددها { $total }.
        [many] تمت تنقية { $cleared } من قيود هذا السجل، وعددها { $total }.
       *[other] تمت تنقية { $cleared } من قيود هذا السجل، وعددها { $total }.
    }
   *[self] { $total ->
        [zero] تمت تنقية { $cleared } من قيود سجلك، وعددها { $total }.
        [one] { $cleared ->
            [0] لم تتم تنقية القيد الوحيد في سجلك.
           *[other] تمت تنقية القيد الوحيد في سجلك.
        }
        [two] تمت تنقية { $cleared } من قيود سجلك، وعددها { $total }.
        [few] تمت تنقية { $cleared } من قيود سجلك، وعددها { $total }.
        [many] تمت تنقية { $cleared } من قيود سجلك، وعددها { $total }.
       *[other] تمت تنقية { $cleared } من قيود سجلك، وعددها { $total }.
    }
}
record-summary-waiting = { $count ->
    [zero] لا توجد قيود في الانتظار.
    [one] قيد واحد في الانتظار، ويمكن تنقيته لاحقًا.
    [two] قيدان في الانتظار، ويمكن تنقيتهما لاحقًا.
    [few] { $count } قيود في الانتظار، ويمكن تنقيتها لاحقًا.
    [many] { $count } قيدًا في الانتظار، ويمكن تنقيتها لاحقًا.
   *[other] { $count } قيد في الانتظار، ويمكن تنقيتها لاحقًا.
}
record-summary-not-cleared = { $count ->
    [zero] لا يوجد أي قيد تتعذر تنقيته تلقائيًا.
    [one] قيد واحد لا يمكن تنقيته تلقائيًا.
    [two] قيدان لا يمكن تنقيتهما تلقائيًا.
    [few] { $count } قيود لا يمكن تنقيتها تلقائيًا.
    [many] { $count } قيدًا لا يمكن تنقيتها تلقائيًا.
   *[other] { $count } قيد لا يمكن تنقيتها تلقائيًا.
}
record-summary-not-reviewed = { $count ->
    [zero] لا يوجد أي قيد ينتظر المراجعة.
    [one] قيد واحد لم تتم مراجعته بعد.
    [two] قيدان لم تتم مراجعتهما بعد.
    [few] { $count } قيود لم تتم مراجعتها بعد.
    [many] { $count } قيدًا لم تتم مراجعتها بعد.
   *[other] { $count } قيد لم تتم مراجعتها بعد.
}
record-glossary-title = معنى العلامات
record-help-link = المزيد عن الكلمات الواردة في السجل، وعمّا ينقيه القانون

# Status tags
status-cleared = تمت التنقية
status-waiting = في الانتظار
status-not-cleared = لم تتم التنقية
status-not-reviewed = لم تتم المراجعة بعد
status-cleared-meaning = تمت تنقيته بموجب القانون. يبيّن كل قيد ما تم: الحجب (أي إخفاؤه عن معظم عمليات التحقق من الخلفية، مع بقائه ظاهرًا للشرطة والمحاكم)، أو الشطب، أو الإبطال، أو الإسقاط، أو التخفيض إلى درجة أدنى.
status-waiting-meaning = يمكن تنقيته تلقائيًا في تاريخ لاحق، إذا لم يتغير شيء قبل ذلك.
status-not-cleared-meaning = { $reader ->
    [other] لا ينقي القانون هذا القيد تلقائيًا. لكن قد يظل بإمكان صاحب السجل أن يطلب من المحكمة حجبه أو شطبه.
   *[self] لا ينقي القانون هذا القيد تلقائيًا. لكن قد يظل بإمكانك طلب حجبه أو شطبه من المحكمة.
}
status-not-reviewed-meaning = لم تتحقق الولاية بعد مما إذا كان يمكن تنقية هذا القيد تلقائيًا.

# One arrest (case) and its charges
case-heading = القبض في { $date }، من قِبل { $agency }
case-tracking-number = رقم التتبع
case-court-case = القضية في المحكمة
case-court = المحكمة
charge-offense-unknown = لم يرد وصف الجريمة في السجل
charge-law = القانون
charge-law-value = { $statute }، { $grade }
law-unknown = قانون Clean Slate
charge-what-happened = ما الذي حدث
charge-date = تاريخ القرار
charge-no-date = لا يوجد قرار بعد
charge-clearance = التنقية

# Grades in plain words
grade-f1 = جناية من الدرجة الأولى (أخطر الجنايات)
grade-f2 = جناية من الدرجة الثانية
grade-f3 = جناية من الدرجة الثالثة
grade-f = جناية
grade-m1 = جنحة من الدرجة الأولى (أخطر الجنح)
grade-m2 = جنحة من الدرجة الثانية
grade-m3 = جنحة من الدرجة الثالثة
grade-m = جنحة
grade-s = مخالفة بسيطة (أخف الأنواع، مثل مخالفة المرور)
grade-i = مخالفة غير جنائية (أخف الأنواع، وليست جريمة)
grade-unknown = الدرجة غير مسجلة

# What happened, in one plain sentence per disposition
disposition-convicted = { $reader ->
    [other] صدر حكم بإدانة صاحب السجل، أو أقر بالذنب (وهذه إدانة).
   *[self] صدر حكم بإدانتك، أو أقررت بالذنب (وهذه إدانة).
}
disposition-dismissed = أسقطت المحكمة التهمة. هذه ليست إدانة.
disposition-withdrawn = سحبت النيابة العامة التهمة. هذه ليست إدانة.
disposition-nolle-prossed = تخلت النيابة العامة عن ملاحقة التهمة (nolle prosequi). هذه ليست إدانة.
disposition-acquitted = { $reader ->
    [other] حكمت المحكمة ببراءة صاحب السجل. هذه ليست إدانة.
   *[self] حكمت المحكمة ببراءتك. هذه ليست إدانة.
}
disposition-diverted = { $reader ->
    [other] أكمل صاحب السجل برنامجًا بديلًا عن المحاكمة، فلم تنته التهمة بإدانة.
   *[self] أكملت برنامجًا بديلًا عن المحاكمة، فلم تنته التهمة بإدانة.
}
disposition-pardoned = { $reader ->
    [other] صدر لصاحب السجل عفو من الحاكم.
   *[self] صدر لك عفو من الحاكم.
}
disposition-pending = القضية ما زالت مفتوحة. لم يصدر قرار بعد.
disposition-unknown = لا يذكر السجل كيف انتهت هذه التهمة.

# Clearance decisions and their reasons
decision-cleared = أصبح حجبه ممكنًا بموجب { $law } منذ { $date }، وستحجبه المراجعة القادمة.
decision-sealed = تم حجبه في { $date } بموجب { $law }. ومنذ ذلك الحين لا يظهر في معظم عمليات التحقق من الخلفية.
decision-eligible-since = سمح القانون بحجبه ابتداءً من { $date }، لكنه لم يُخفَ إلا من يوم حجبه.
remedy-eligible-since = سمح القانون بذلك ابتداءً من { $date }، وأصبح نافذًا في التاريخ المذكور أعلاه.
decision-waiting = يمكن تنقية هذا القيد في { $date }.
decision-run = تمت المراجعة بموجب { $law } في { $date }.
decision-reviewed = تمت المراجعة في { $date }.

# What clearing does, for decisions of laws that name a remedy ({ $law } names the law,
# { $date } the day, { $grade } the lower grade in words).
remedy-due-seal = أصبح حجبه ممكنًا بموجب { $law } منذ { $date }، وستحجبه المراجعة القادمة.
remedy-due-expunge = أصبح شطبه ممكنًا بموجب { $law } منذ { $date }، وستقوم بذلك المراجعة القادمة.
remedy-due-set-aside = أصبح إبطال الإدانة ممكنًا بموجب { $law } منذ { $date }، وستقوم بذلك المراجعة القادمة.
remedy-due-dismiss-and-seal = أصبح إسقاط الإدانة وحجبها ممكنًا بموجب { $law } منذ { $date }، وستقوم بذلك المراجعة القادمة.
remedy-due-reduce = أصبح تخفيضه إلى { $grade } ممكنًا بموجب { $law } منذ { $date }، وستقوم بذلك المراجعة القادمة.
remedy-done-seal = تم حجبه في { $date } بموجب { $law }.
remedy-done-expunge = تم شطبه في { $date } بموجب { $law }.
remedy-done-set-aside = تم إبطال الإدانة في { $date } بموجب { $law }.
remedy-done-dismiss-and-seal = تم إسقاط الإدانة وحجبها في { $date } بموجب { $law }.
remedy-done-reduce = تم تخفيضه إلى { $grade } في { $date } بموجب { $law }.
remedy-meaning-seal = الحجب يعني أن معظم أصحاب العمل ومؤجري المساكن الذين يجرون تحققًا من الخلفية لا يرونه. لكن الشرطة والمحاكم ما زالت تستطيع رؤيته.
remedy-meaning-expunge = الشطب يعني أن السجل يُتلف. لا يظهر في عمليات التحقق من الخلفية، ولا يلزمك إخبار أحد به.
remedy-meaning-set-aside = إبطال الإدانة يعني أن القانون يعامل الإدانة كأنها لم تحدث. لا تظهر في معظم عمليات التحقق من الخلفية. لكن الشرطة والمحاكم ما زالت تستطيع رؤيتها.
remedy-meaning-dismiss-and-seal = الإسقاط والحجب يعنيان أن الإدانة تسقط، لأن الفعل لم يعد جريمة. لا تظهر في عمليات التحقق من الخلفية.
remedy-meaning-reduce = التخفيض يعني أن الإدانة تبقى في سجلك، لكن بوصفها جريمة من نوع أخف. وتُظهر عمليات التحقق من الخلفية الدرجة الأدنى.
reduced-grade-m = جنحة
reduced-grade-i = مخالفة غير جنائية (ليست جريمة)
reason-not-final = هذه التهمة لم تنته في المحكمة بعد، لذلك لا يمكن تنقيتها.
reason-waiting-period = لم تنقض بعد فترة الانتظار التي يحددها القانون.
reason-restitution-owed = ما زال هناك تعويض مستحق في هذه القضية. يمكن مراجعتها من جديد بعد دفعه.
reason-excluded-offense = هذه الجريمة لا يشملها القانون.
reason-disqualifying-history = { $reader ->
    [other] توجد إدانات أخرى في هذا السجل تمنع تنقية هذا القيد تلقائيًا.
   *[self] توجد إدانات أخرى في سجلك تمنع تنقية هذا القيد تلقائيًا.
}
held-back-by = هذه هي الإدانات التي تمنع ذلك:
held-back-entry = { $offense }، { $date }
reason-grade-not-covered = لا ينقي القانون تلقائيًا الإدانات من هذه الدرجة.
reason-no-rule = لا تنطبق أي قاعدة من قواعد القانون على هذا القيد.
reason-missing-data = ينقص السجل تفصيل يحتاجه القانون لاتخاذ القرار، مثل العقوبة. إذا أبلغت عن هذا الخطأ، يمكن إضافته.
reason-no-lesser-offense = بعد تغيير القانون، أصبحت لهذه الجريمة الدرجة نفسها أو درجة أعلى، فلا يوجد ما يمكن تخفيضه.
reason-date-not-covered = وقعت الجريمة بعد تغيير القانون، لذلك لا ينطبق عليها هذا الجزء من القانون.
reason-pending-charge = { $reader ->
    [other] لدى صاحب السجل قضية ما زالت مفتوحة في المحكمة. لا يمكن تنقية أي شيء تلقائيًا حتى تنتهي.
   *[self] لديك قضية ما زالت مفتوحة في المحكمة. لا يمكن تنقية أي شيء تلقائيًا حتى تنتهي.
}
reason-conviction-limit = { $reader ->
    [other] لدى صاحب السجل إدانات من هذا النوع أكثر مما يسمح القانون بتنقيته تلقائيًا.
   *[self] لديك إدانات من هذا النوع أكثر مما يسمح القانون بتنقيته تلقائيًا.
}

# Contact: where to reach a human (configured by the deployment)
footer-contact = اتصل بنا
contact-title = اتصل بنا – سجلّي
contact-heading = التحدث إلى شخص
contact-lead = لا يستطيع «سجلّي» الإجابة عن الأسئلة بنفسه. أما هذه المكاتب فتستطيع: مكتب السجلات الجنائية في الولاية بشأن ما في سجلك، ومنظمات المساعدة القانونية بشأن ما يمكنك فعله بعد ذلك. المساعدة القانونية مجانية لمن تنطبق عليهم الشروط.
contact-agency-heading = مكتب السجلات الجنائية في الولاية
contact-agency-lead = يمكنك الاتصال بالمكتب أو مراسلته لطلب رسالة فيها رمز الوصول إلى السجل، أو للسؤال عن بلاغ أرسلته، أو عما يحتويه سجلك.
contact-agency-none = لم تُضف بعد بيانات الاتصال بالمكتب إلى هذا الموقع. يمكن للجهة التي أرسلت إليك رسالة أن تخبرك بطريقة الوصول إليه.
contact-legal-aid-heading = مساعدة قانونية مجانية
contact-legal-aid-lead = تساعد هذه المنظمات الناس على تنقية سجلاتهم، ويمكنها أن تخبرك إن كان التماس إلى المحكمة أو عفو قد يفيدك. كل منظمة تذكر المقاطعات التي تخدمها.
contact-legal-aid-none = لم تُضف بعد إلى هذا الموقع قائمة بمنظمات المساعدة القانونية.
contact-legal-aid-link = مساعدة قانونية مجانية بالقرب منك
contact-phone = الهاتف
contact-hours = ساعات العمل
contact-address = العنوان
contact-web = الموقع الإلكتروني
contact-counties = المقاطعات التي تخدمها
contact-whole-state = الولاية كلها
contact-lead-start = هل لديك أسئلة عن سجلك، أو لم تصلك رسالة فيها رمز الوصول؟ يمكنك الاتصال بالمكتب.
contact-lead-letter = للحصول على رسالة فيها رمز وصول جديد، يمكنك الاتصال بالمكتب أو مراسلته.
contact-lead-dispute = إذا اتصلت بشأن بلاغك، فيرجى ذكر رقمه المرجعي.
contact-lead-error = إذا تكرر هذا، يمكنك الاتصال بالمكتب.
contact-lead-help = يمكنهم الإجابة عن أسئلتك حول ما يحتويه سجلك، وإرسال رسالة جديدة فيها رمز الوصول.

# What can still be done about an entry the automatic process cannot clear
next-step-heading = { $reader ->
    [self] ما الذي لا يزال بإمكانك فعله
   *[other] ما الذي لا يزال بإمكان صاحب السجل فعله
}
next-step-petition = { $reader ->
    [self] لا يمكن للإجراء التلقائي تنقية هذا القيد. لكن قد تحجبه المحكمة أو تشطبه إذا طلبت ذلك (التماس)، ويمكن للعفو أن ينقي الإدانة. أي هذه الطرق متاح لك يعتمد على سجلك كله.
   *[other] لا يمكن للإجراء التلقائي تنقية هذا القيد. لكن قد تحجبه المحكمة أو تشطبه إذا طلب صاحب السجل ذلك (التماس)، ويمكن للعفو أن ينقي الإدانة. أي هذه الطرق متاح يعتمد على السجل كله.
}
next-step-help = { $reader ->
    [self] يمكن لمنظمات المساعدة القانونية المجانية أن تخبرك بما ينطبق عليك، وأن تساعدك في تقديم الطلب.
   *[other] يمكن لمنظمات المساعدة القانونية المجانية أن تخبر صاحب السجل بما ينطبق عليه، وأن تساعده في تقديم الطلب.
}

meta-description = سجلك الجنائي بكلمات بسيطة: ما تمت تنقيته بموجب قانون Clean Slate في الولاية، ومتى يمكن تنقية الباقي، وكيف يمكنك الإبلاغ عن خطأ.
