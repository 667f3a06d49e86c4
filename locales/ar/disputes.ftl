# Disputes: saying an entry is wrong, following it, and the agency reviewer's pages and emails.

nav-disputes = اعتراضاتي
nav-review = قائمة الاعتراضات

# On the record page
charge-dispute = هل في هذا القيد خطأ؟
charge-dispute-label = هل في هذا القيد خطأ: { $offense }؟
charge-corrected = تم تصحيحه في { $date } بعد الاعتراض { $reference }.
record-disputes-link = اعتراضاتي
record-wrong-heading = { $reader ->
    [self] هل في سجلك خطأ؟
   *[other] هل في هذا السجل خطأ؟
}
record-wrong-body = إذا كان أحد القيود خاطئًا، فيرجى استخدام الرابط الموجود تحته. وإذا كان هناك خطأ آخر، مثل قيد كان يجب أن تتم تنقيته، فيمكنك إخبارنا هنا.
record-wrong-link = الإبلاغ عن خطأ في السجل كله
case-record-note = يظهر لك هذا السجل بسبب الاعتراض { $reference }. وفي كل مرة تفتحه، يمكن لصاحبه أن يرى أنك فتحته.

# Steps of a dispute
dispute-caption = الإبلاغ عن خطأ
dispute-continue = متابعة
dispute-about-entry = القيد المُبلغ عنه:
dispute-about-whole = هذا البلاغ يخص السجل كله.
dispute-kind-title = ما الخطأ؟
dispute-kind-heading = ما الخطأ؟
dispute-kind-legend = يرجى اختيار الأنسب
dispute-kind-not-me = هذا القيد ليس لي
dispute-kind-outcome-wrong = النتيجة خاطئة أو غير موجودة
dispute-kind-date-wrong = أحد التواريخ خاطئ
dispute-kind-should-be-cleared = كان يجب أن تتم تنقية هذا القيد
dispute-kind-duplicate = يظهر مرتين
dispute-kind-other = أمر آخر
dispute-details-title = المزيد من التفاصيل
dispute-details-heading = المزيد من التفاصيل
dispute-statement-hint = يرجى شرح الخطأ بكلماتك الخاصة.
dispute-statement-hint-not-me = مثلًا: لم يُقبض عليك أبدًا في ذلك اليوم، أو أن الاسم أو تاريخ الميلاد يخص شخصًا آخر.
dispute-statement-hint-outcome-wrong = مثلًا: أُسقطت التهمة، أو أكملت برنامجًا، لكن السجل يقول غير ذلك أو لا يذكر شيئًا.
dispute-statement-hint-date-wrong = يرجى ذكر التاريخ الخاطئ، وكذلك التاريخ الصحيح إن كنت تعرفه.
dispute-statement-hint-should-be-cleared = يرجى ذكر سبب اعتقادك بأنه كان يجب أن تتم تنقيته، مثلًا أنك دفعت ما كان عليك.
dispute-statement-hint-duplicate = يرجى ذكر القيود التي تخص القضية نفسها.
dispute-statement-hint-other = يرجى شرح الخطأ بكلماتك الخاصة.
field-dispute-statement = ما الخطأ؟
field-dispute-statement-hint = حتى 5,000 حرف. يمكنك إضافة مستندات في الصفحة التالية.
field-dispute-correct-value = ما الذي يجب أن يذكره السجل؟ (اختياري)
field-dispute-correct-value-hint = مثلًا: النتيجة الصحيحة أو التاريخ الصحيح.
dispute-documents-title = إضافة مستندات
dispute-documents-heading = إضافة مستندات (اختياري)
dispute-documents-lead = تساعد المستندات المراجع على اتخاذ القرار بسرعة أكبر، مثل أمر من المحكمة، أو إيصال بما دفعته، أو شهادة من برنامج. يمكنك إضافة ما يصل إلى 10 مستندات، واحدًا تلو الآخر.
dispute-documents-added = المستندات التي أضفتها
dispute-document-remove = إزالة
dispute-document-remove-label = إزالة { $name }
dispute-document-add = إضافة هذا المستند
field-document = اختيار مستند
field-document-optional = إضافة مستند (اختياري)
field-document-hint = ملف PDF أو JPG أو PNG، حتى 10 ميغابايت. تكفي صورة واضحة للورقة.
document-size = { $kb } كيلوبايت
dispute-check-title = مراجعة إجاباتك
dispute-check-heading = مراجعة إجاباتك قبل الإرسال
dispute-check-kind = ما الخطأ
dispute-check-statement = ما أخبرتنا به
dispute-filed-by = { $reader ->
    [self] قدّمه نيابة عنك
   *[other] مقدّم البلاغ
}
dispute-statement-worker = ما أخبرنا به موظف المساعدة القانونية
dispute-statement-person = { $reader ->
    [self] ما أخبرتنا به
   *[other] ما أخبرنا به صاحب السجل
}
dispute-check-correct-value = ما يجب أن يذكره السجل
dispute-check-documents = المستندات
dispute-check-none = لا يوجد
dispute-change = تغيير
dispute-change-label = تغيير { $what }
dispute-check-send-heading = إرسال بلاغك الآن
dispute-check-send-body = بإرسال هذا البلاغ، تؤكد أن ما أخبرتنا به صحيح بحسب علمك. سيقرؤه مراجع من الجهة المختصة، ويفحص السجل.
dispute-submit = إرسال البلاغ
dispute-confirmation-title = تم إرسال البلاغ
dispute-confirmation-heading = تم إرسال البلاغ
dispute-confirmation-reference = رقمك المرجعي هو
dispute-confirmation-next-heading = ماذا يحدث بعد ذلك
dispute-confirmation-next = سيفحص مراجع من الجهة المختصة السجل، ويرد في موعد أقصاه { $date }. وقد يطلب منك مزيدًا من المعلومات.
dispute-confirmation-email = سنراسلك بالبريد الإلكتروني كلما تغيرت الحالة. يرجى الاحتفاظ بالرقم المرجعي، وذكره إذا اتصلت بشأن بلاغك.
dispute-confirmation-follow = متابعة بلاغك

# My disputes and one dispute
disputes-title = اعتراضاتي
disputes-heading = اعتراضاتي
disputes-lead = الأخطاء التي أبلغت عنها، وأين وصل كل منها.
disputes-lead-clients = الأخطاء المُبلغ عنها في سجلات عملائك، سواء منك أو من العميل، وأين وصل كل منها.
disputes-filed-by = مقدّم البلاغ
disputes-filed-by-you = أنت
disputes-filed-by-client = عميلك
disputes-none = لم تبلغ عن أي أخطاء.
disputes-none-clients = لم يتم الإبلاغ عن أي أخطاء في سجلات عملائك.
disputes-reference = المرجع
disputes-kind = ما الخطأ
disputes-sent = تاريخ الإرسال
disputes-status = الحالة
disputes-from-record = الإبلاغ عن خطأ من سجلك
disputes-from-clients = الإبلاغ عن خطأ من سجل أحد العملاء
dispute-detail-heading = البلاغ { $reference }
dispute-due = موعد الرد
dispute-timeline-heading = ما حدث حتى الآن
dispute-status-submitted = تم الإرسال
dispute-status-in-review = في مرحلة المراجعة
dispute-status-info-requested = يلزم مزيد من المعلومات
dispute-status-corrected = تم التصحيح
dispute-status-not-changed = لم يتغير
dispute-status-submitted-meaning = وصلنا بلاغك. سيطّلع عليه مراجع قريبًا.
dispute-status-in-review-meaning = يفحص أحد المراجعين السجل الآن.
dispute-status-info-requested-meaning = يحتاج المراجع إلى مزيد من المعلومات منك. يرجى الرد أدناه.
dispute-status-corrected-meaning = تم تصحيح السجل. يشرح المراجع التغيير أدناه.
dispute-status-not-changed-meaning = وجد المراجع أن السجل صحيح، ولم يغيّره. سببه مذكور أدناه.
dispute-event-submitted = تم إرسال البلاغ
dispute-event-review-started = بدأ أحد المراجعين فحصه
dispute-event-info-requested = طلب المراجع مزيدًا من المعلومات
dispute-event-info-given = تم إرسال مزيد من المعلومات
dispute-event-corrected = تم تصحيح السجل
dispute-event-not-changed = لم يتم تغيير السجل
dispute-event-reviewer-said = كتب المراجع:
dispute-event-you-said = مكتوب مع البلاغ:
dispute-documents-continue-hint = بعد إضافة كل المستندات، يرجى المتابعة. وإذا اخترت مستندًا ولم تضفه بعد، فستتم إضافته عند المتابعة.
dispute-question-heading = ما سألك عنه المراجع
dispute-reply-heading = إرسال المعلومات المطلوبة
field-dispute-reply = ردك
dispute-reply-submit = إرسال ردي

# Errors
error-dispute-kind-missing = يرجى اختيار نوع الخطأ
error-dispute-entry-unknown = هذا القيد ليس في السجل الذي يمكنك الإبلاغ عنه. يرجى الرجوع إلى السجل واستخدام الرابط الموجود تحت القيد.
error-dispute-statement-missing = يرجى إخبارنا بالخطأ
error-dispute-statement-too-long = يجب ألا يزيد هذا على 5,000 حرف
error-dispute-correct-value-too-long = يجب ألا يزيد هذا على 500 حرف
error-dispute-signed-out = تم تسجيل خروجك بسبب عدم النشاط. ما كتبته موجود أدناه: يرجى تسجيل الدخول مرة أخرى في علامة تبويب أو نافذة جديدة، ثم العودة إلى هنا والضغط على «متابعة» مرة أخرى.
error-dispute-form-expired = انتهت صلاحية هذا النموذج حفاظًا على أمانك. يرجى مراجعة إجاباتك، وإرسال البلاغ مرة أخرى.
error-dispute-reply-missing = يرجى كتابة ردك
error-dispute-not-waiting = لم يعد المراجع ينتظر ردًا على هذا البلاغ.
error-document-missing = يرجى اختيار مستند لإضافته
error-document-type = يجب أن يكون المستند ملف PDF أو JPG أو PNG
error-document-too-big = يجب أن يكون حجم المستند أقل من 10 ميغابايت
error-document-empty = المستند فارغ. يرجى اختيار ملف آخر.
error-document-too-many = يمكنك إضافة ما يصل إلى 10 مستندات
error-dispute-too-many-drafts = بدأت أكبر عدد ممكن من البلاغات دون إرسالها. يرجى إرسال أحدها أو إكماله أولًا. البلاغات التي لا تُرسل تُحذف بعد 30 يومًا.
error-document-no-room = لا يمكن لهذا الحساب حفظ مزيد من المستندات. يرجى إزالة مستند لم تعد بحاجة إليه من بلاغ لم ترسله، أو سؤال مكتب السجلات عن طريقة أخرى لإرساله.
error-document-unreadable = تعذرت قراءة المستند. يرجى المحاولة مرة أخرى، أو اختيار ملف آخر.

# The reviewer's pages
review-title = قائمة الاعتراضات
review-heading = قائمة الاعتراضات
review-count = { $count ->
    [0] لا توجد اعتراضات مفتوحة.
    [zero] لا توجد اعتراضات مفتوحة.
    [one] اعتراض واحد مفتوح، والمتأخر منه: { $overdue }.
    [two] اعتراضان مفتوحان، والمتأخر منهما: { $overdue }.
    [few] { $count } اعتراضات مفتوحة، والمتأخر منها: { $overdue }.
    [many] { $count } اعتراضًا مفتوحًا، والمتأخر منها: { $overdue }.
   *[other] { $count } اعتراض مفتوح، والمتأخر منها: { $overdue }.
}
review-none = لا يوجد شيء ينتظر المراجعة.
review-due = الموعد
review-overdue = متأخر
review-person = سجل { $name }
review-whole-record = عرض السجل كاملًا
review-decide-heading = القرار
review-start = بدء المراجعة
review-correct-heading = تصحيح السجل
review-correct-hint = تعرض الحقول القيد كما هو الآن. يرجى تغيير ما هو خاطئ؛ وتُحفظ القيم القديمة في تاريخ السجل.
review-correct-submit = مراجعة التصحيح
review-check-title = مراجعة التصحيح
review-check-lead = لم يتغير شيء بعد. يرجى مراجعة كل تغيير مرتبط بالبلاغ { $reference }، والرسالة التي سيقرؤها صاحب السجل، ثم تطبيق التصحيح.
review-check-changes = ما الذي يتغير
review-check-field = الحقل
review-check-now = الآن
review-check-after = بعد التصحيح
review-check-no-date = لا يوجد تاريخ (القضية مفتوحة)
review-check-on-record = في السجل
review-check-on-record-field = مدرج في السجل
review-check-struck = محذوف من السجل
review-check-apply = تطبيق التصحيح
review-check-edit = الرجوع لتعديله
review-info-heading = طلب مزيد من المعلومات
review-info-submit = إرسال الطلب
review-decline-heading = عدم تغيير السجل
review-decline-submit = الرفض مع ذكر هذا السبب
review-language = اللغة
review-write-in = قُدّم هذا البلاغ باللغة { $language }. يرجى كتابة رسائلك وسبب قرارك باللغة { $language }: فصاحب السجل يقرؤها كما تكتبها تمامًا.
field-review-disposition = النتيجة
field-review-disposition-date = تاريخ النتيجة
field-review-disposition-date-hint = يرجى تركه فارغًا إذا كانت القضية ما زالت مفتوحة.
field-review-grade = الدرجة
field-review-restitution = التعويض الذي ما زال مستحقًا، بالدولار
field-review-restitution-hint = مثلًا: 0 أو 450.00
field-review-strike = حذف هذا القيد من سجل الشخص (ليس له، أو يظهر مرتين)
field-review-correction-message = ما تم تصحيحه، لصاحب السجل
field-review-info-message = ما تحتاجه من صاحب السجل
field-review-decline-message = لماذا السجل صحيح، لصاحب السجل
field-review-message-hint = صاحب السجل يقرأ هذا. يرجى الكتابة بوضوح، ودون رموز داخلية.
error-review-correction-missing = يرجى شرح التصحيح لصاحب السجل
error-review-request-missing = يرجى ذكر المعلومات التي تحتاجها
error-review-reason-missing = يرجى ذكر سبب عدم تغيير السجل
error-review-nothing-changed = لم يتغير شيء. يرجى تغيير قيمة، أو رفض الاعتراض.
error-review-restitution = يرجى إدخال مبلغ بالدولار، مثل 0 أو 450.00
notice-dispute-updated = تم تحديث الاعتراض. سيُبلغ صاحب السجل بالبريد الإلكتروني.
notice-dispute-updated-not-reviewed = تم تصحيح القيد، وسيُبلغ صاحب السجل بالبريد الإلكتروني. تعذر الآن إعادة تحديد قرار التنقية الخاص به؛ وستقوم بذلك عملية التنقية القادمة.
disposition-name-convicted = إدانة
disposition-name-dismissed = إسقاط التهمة
disposition-name-withdrawn = سحب التهمة
disposition-name-nolle-prossed = تخلي النيابة عن الملاحقة (nolle prossed)
disposition-name-acquitted = براءة
disposition-name-diverted = إكمال برنامج بديل عن المحاكمة
disposition-name-pardoned = عفو
disposition-name-pending = ما زالت مفتوحة
disposition-name-unknown = غير معروف

# Emails about a dispute
email-dispute-received-subject = استلمنا بلاغك { $reference }
email-dispute-received-body =
    استلمنا بلاغك عن خطأ في سجل جنائي. رقمه المرجعي هو { $reference }.

    سيفحص مراجع من الجهة المختصة السجل، ويرد في موعد أقصاه { $date }. سنراسلك بالبريد الإلكتروني كلما تغيرت حالة البلاغ.

    يمكنك متابعته هنا: { $link }
email-dispute-in-review-subject = تجري مراجعة بلاغك { $reference }
email-dispute-in-review-body =
    بدأ أحد المراجعين فحص بلاغك { $reference }.

    يمكنك متابعته هنا: { $link }
email-dispute-info-requested-subject = يلزم مزيد من المعلومات لبلاغك { $reference }
email-dispute-info-requested-body =
    يحتاج المراجع إلى مزيد من المعلومات ليتخذ قرارًا بشأن بلاغك { $reference }. كتب المراجع:

    { $message }

    يمكنك الرد هنا: { $link }
email-dispute-info-given-subject = استلمنا ردك بشأن البلاغ { $reference }
email-dispute-info-given-body =
    شكرًا لك: استلمنا ردك بشأن البلاغ { $reference }. عاد البلاغ إلى المراجع، وسيطّلع على ما أرسلته.

    يمكنك متابعته هنا: { $link }
email-dispute-corrected-subject = تم تصحيح سجلك ({ $reference })
email-dispute-corrected-body =
    بعد بلاغك { $reference }، تم تصحيح السجل. كتب المراجع:

    { $message }

    يمكنك الاطلاع على سجلك وعلى البلاغ هنا: { $link }
email-dispute-not-changed-subject = القرار بشأن بلاغك { $reference }
email-dispute-not-changed-body =
    فحص المراجع بلاغك { $reference }، ولم يغيّر السجل. كتب المراجع:

    { $message }

    يمكنك الاطلاع على البلاغ هنا: { $link }
    في حال عدم موافقتك على القرار، يمكن لمكتب المساعدة القانونية مساعدتك.
email-review-answer-subject = وصل رد على الاعتراض { $reference }
email-review-answer-body =
    وصل الرد على طلبك للحصول على مزيد من المعلومات بشأن الاعتراض { $reference }. عاد الاعتراض إلى قائمة المراجعة.

    لفتحه: { $link }
notice-dispute-already-decided = سبق أن صدر قرار في هذا الاعتراض، لذلك لم يتغير شيء.

# Sealed entries a clearance run no longer clears (/review/sealed), for reviewers.
unseal-title = قيود محجوبة تحتاج إلى فحص
unseal-heading = قيود محجوبة تحتاج إلى فحص
unseal-lead = وجدت إحدى المراجعات أن القانون الساري لم يعد ينقي هذه القيود المحجوبة، مثلًا بعد تصحيح أو مستخرج جديد. لم يُرفع الحجب عن أي شيء. يجب ألا يُرفع الحجب عن أي قيد إلا بعد التأكد من أنه يجب أن يصبح علنيًا من جديد: وعندها تُبلغ المحكمة والشرطة المعنيتان به.
unseal-none = لا يوجد شيء يحتاج إلى فحص.
unseal-person = الشخص
unseal-entry = القيد
unseal-sealed-under = محجوب بموجب
unseal-now = ما يقوله القانون الآن
unseal-flagged-on = تاريخ الاكتشاف
unseal-unseal = رفع الحجب
unseal-keep = إبقاؤه محجوبًا
unseal-back = العودة إلى قائمة الاعتراضات
unseal-done-unsealed = تم رفع الحجب عن القيد. وصل إشعار إلى المحكمة والشرطة المعنيتين به.
unseal-done-kept = يبقى القيد محجوبًا.
unseal-done-already = سبق أن اتخذ شخص ما قرارًا بشأن هذا القيد.
review-sealed-link = قيود محجوبة تحتاج إلى فحص
