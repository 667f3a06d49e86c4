# Offenses and laws in plain words, named by the rule packs' statute catalogs
# (clearance/packs/*.toml). Every id a pack uses must be here and in every other language.

# Laws
law-pa-act56 = قانون Clean Slate في ولاية بنسلفانيا (القانون رقم 56 لسنة 2018)
law-pa-cs3 = قانون Clean Slate في ولاية بنسلفانيا، بعد تعديله في 2020 و2023
law-ca-prop64 = المقترح 64 في ولاية كاليفورنيا (Proposition 64: تخفيف آثار الإدانات السابقة المتعلقة بالقنب)
law-mi-cleanslate = قانون Clean Slate في ولاية ميشيغان (الإبطال التلقائي)

# What a remedy means as a pack's law words it (packs' `remedy_messages`).
# {"\u2066"}…{"\u2069"} keeps a left-to-right citation whole inside the Arabic sentence.
remedy-meaning-pa-seal = الحجب يعني أن معظم أصحاب العمل ومؤجري المساكن الذين يجرون تحققًا من الخلفية لا يرونه. لكن الشرطة والمحاكم ما زالت تستطيع رؤيته. وعندما تسألك استمارة طلب عن سجلك، يمكنك أن تجيب كأن هذا لم يحدث ({"\u2066"}18 Pa.C.S. § 9122.5{"\u2069"}).
remedy-meaning-pa-expunge = الشطب يعني أن السجل يُتلف. لا يظهر في عمليات التحقق من الخلفية، ويمكنك الإجابة عن أي سؤال بشأنه كأنه لم يحدث.

# What a charge still waiting under each rule depends on ({ $date } is when it can be cleared).
waiting-pa-act56-pardon = يمكن تنقية هذا القيد في { $date }، وهو تاريخ العفو.
waiting-pa-act56-non-conviction = ستتم تنقية هذا القيد في { $date }: فالقانون ينتظر 30 يومًا بعد انتهاء القضية دون إدانة.
waiting-pa-act56-summary = يمكن تنقية هذا القيد في { $date }، بعد عشر سنوات من الإدانة.
waiting-pa-act56-misdemeanor = { $reader ->
    [other] يمكن تنقية هذا القيد في { $date }، إذا لم تصدر قبل ذلك إدانة لصاحب السجل بجريمة قد تصل عقوبتها إلى السجن سنة أو أكثر. فإدانة كهذه تبدأ السنوات العشر من جديد.
   *[self] يمكن تنقية هذا القيد في { $date }، إذا لم تصدر ضدك قبل ذلك إدانة بجريمة قد تصل عقوبتها إلى السجن سنة أو أكثر. فإدانة كهذه تبدأ السنوات العشر من جديد.
}

waiting-pa-cs3-pardon = يمكن تنقية هذا القيد في { $date }، وهو تاريخ العفو.
waiting-pa-cs3-non-conviction = ستتم تنقية هذا القيد في { $date }: فالقانون ينتظر 30 يومًا بعد انتهاء القضية دون إدانة.
waiting-pa-cs3-summary = يمكن تنقية هذا القيد في { $date }، بعد خمس سنوات من الإدانة.
waiting-pa-cs3-misdemeanor = { $reader ->
    [other] يمكن تنقية هذا القيد في { $date }، إذا لم تصدر قبل ذلك إدانة لصاحب السجل بجريمة قد تصل عقوبتها إلى السجن سنة أو أكثر. فإدانة كهذه تبدأ السنوات السبع من جديد.
   *[self] يمكن تنقية هذا القيد في { $date }، إذا لم تصدر ضدك قبل ذلك إدانة بجريمة قد تصل عقوبتها إلى السجن سنة أو أكثر. فإدانة كهذه تبدأ السنوات السبع من جديد.
}
waiting-pa-cs3-drug-felony = { $reader ->
    [other] يمكن تنقية هذا القيد في { $date }، إذا لم تصدر قبل ذلك إدانة لصاحب السجل بجريمة قد تصل عقوبتها إلى السجن سنة أو أكثر. فإدانة كهذه تبدأ السنوات العشر من جديد.
   *[self] يمكن تنقية هذا القيد في { $date }، إذا لم تصدر ضدك قبل ذلك إدانة بجريمة قد تصل عقوبتها إلى السجن سنة أو أكثر. فإدانة كهذه تبدأ السنوات العشر من جديد.
}
waiting-ca-prop64 = يمكن تغيير هذا القيد في { $date }، وهو اليوم الذي بدأ فيه العمل بقانون القنب الجديد.
waiting-mi-cleanslate-felony = يمكن إبطال هذه الإدانة في { $date }: بعد عشر سنوات من صدور الحكم، أو من الخروج من السجن إذا كان لاحقًا.
waiting-mi-cleanslate-misdemeanor = يمكن إبطال هذه الإدانة في { $date }، بعد سبع سنوات من صدور الحكم.

# Pennsylvania, Title 18: crimes and offenses
offense-simple-assault = الاعتداء البسيط (إيذاء شخص، أو محاولة إيذائه، أو التهديد بذلك)
offense-aggravated-assault = الاعتداء المشدد (إيذاء شخص إيذاءً بالغًا، أو محاولة ذلك)
offense-harassment = المضايقة (ضرب شخص، أو تهديده، أو إزعاجه بشكل متكرر)
offense-indecent-exposure = التعري الفاضح (كشف الأعضاء الخاصة في مكان يراها فيه الآخرون)
offense-sexual-intercourse-with-animal = ممارسة أفعال جنسية مع حيوان
offense-criminal-mischief = التخريب الجنائي (إلحاق الضرر بممتلكات شخص آخر)
offense-burglary = السطو (دخول مبنى لارتكاب جريمة فيه)
offense-criminal-trespass = التعدي الجنائي (دخول مبنى أو مكان دون إذن)
offense-theft-by-unlawful-taking = السرقة (أخذ ممتلكات شخص آخر)
offense-receiving-stolen-property = تلقي ممتلكات مسروقة (حيازة أشياء أو شراؤها مع العلم بأنها مسروقة)
offense-retail-theft = السرقة من المتاجر
offense-forgery = التزوير (صنع مستند أو توقيع مزور، أو استخدامه)
offense-access-device-fraud = الاحتيال ببطاقة ائتمان أو بطاقة خصم
offense-endangering-welfare-of-children = تعريض سلامة طفل للخطر (أحد الوالدين أو من يرعى الطفل يعرّضه للخطر)
offense-failure-to-register = عدم التسجيل كمرتكب جرائم جنسية، أو عدم تحديث التسجيل
offense-failure-to-register-subchapter-i = عدم التسجيل كمرتكب جرائم جنسية (جرائم أقدم، مسجلة بموجب الفصل الفرعي الأول، Subchapter I)
offense-resisting-arrest = مقاومة القبض
offense-weapons-for-escape = حيازة أدوات أو أسلحة للهروب من السجن
offense-disorderly-conduct = الإخلال بالنظام العام (الشجار، أو إحداث ضجيج غير معقول، أو إثارة اضطراب في مكان عام)
offense-public-drunkenness = السكر العلني (الوجود في مكان عام في حالة سكر تشكل خطرًا على الآخرين أو إزعاجًا لهم)
offense-abuse-of-corpse = الإساءة إلى جثة
offense-paramilitary-training = التدريب شبه العسكري (تدريب أشخاص على استخدام الأسلحة لإثارة الفوضى العامة)
offense-cruelty-to-animals = القسوة على الحيوانات
offense-firearms-without-license = حمل سلاح ناري دون ترخيص
offense-corruption-of-minors = إفساد القاصرين (شخص بالغ يشجع طفلًا على ارتكاب جريمة أو على فعل شيء ضار)
offense-underage-alcohol = شراء الكحول أو حيازته أو شربه لمن هم دون 21 عامًا
offense-sexual-abuse-of-children = الاعتداء الجنسي على الأطفال (إنتاج صور جنسية لأطفال، أو حيازتها، أو نشرها)
offense-unlawful-contact-with-minor = التواصل غير القانوني مع قاصر (التواصل مع طفل بقصد ارتكاب جريمة جنسية)
offense-sexual-exploitation-of-children = الاستغلال الجنسي للأطفال
offense-invasion-of-privacy = انتهاك الخصوصية (مراقبة شخص بلا ملابس أو تصويره سرًا)
offense-criminal-use-of-communication-facility = استخدام الهاتف أو البريد أو الإنترنت لارتكاب جناية أو المساعدة في ارتكابها

# Pennsylvania, Title 35: drugs
offense-possession-of-controlled-substance = حيازة مخدر غير قانوني
offense-possession-with-intent-to-deliver = حيازة مخدر غير قانوني بقصد بيعه أو إعطائه للآخرين
offense-small-amount-of-marijuana = حيازة كمية صغيرة من الماريجوانا للاستخدام الشخصي (30 غرامًا أو أقل)
offense-drug-paraphernalia = حيازة أدوات تعاطي المخدرات (أشياء تُستخدم لتعاطي المخدرات)

# Pennsylvania, Title 75: vehicles
offense-driving-while-suspended = القيادة في أثناء إيقاف رخصة القيادة أو سحبها
offense-leaving-scene-property-damage = مغادرة مكان حادث ألحق ضررًا بمركبة أو ممتلكات، دون التوقف لتقديم بياناتك
offense-dui = القيادة تحت تأثير الكحول أو المخدرات (DUI)
