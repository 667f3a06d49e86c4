# 用简单的话说明罪行和法律，名称来自各规则包的法规目录
# （clearance/packs/*.toml）。规则包使用的每个 id 都必须出现在这里，以及其他每种语言中。

# 法律
law-pa-act56 = 宾夕法尼亚州Clean Slate法（2018年第56号法案）
law-pa-cs3 = 宾夕法尼亚州Clean Slate法（经2020年和2023年修订）
law-ca-prop64 = 加利福尼亚州第64号提案（Prop 64，为过去的大麻定罪提供救济）
law-mi-cleanslate = 密歇根州Clean Slate法（自动撤销定罪）

# 规则包所依据的法律对某种处理方式的说明（规则包的 `remedy_messages`）。
remedy-meaning-pa-seal = 封存是指：大多数做背景调查的雇主和房东都看不到它。警方和法院仍然可以看到。如果申请表问到您的记录，您可以当作这件事没有发生过来回答（18 Pa.C.S. § 9122.5）。
remedy-meaning-pa-expunge = 消除是指：这份记录被销毁。背景调查不会显示它，对于有关它的任何问题，您都可以当作它没有发生过来回答。

# 按每条规则仍在等待的指控取决于什么（{ $date } 是可以清理的日期）。
waiting-pa-act56-pardon = 这一条目可以在{ $date }清理，也就是赦免的日期。
waiting-pa-act56-non-conviction = 这一条目将在{ $date }清理：案件没有以定罪结束时，法律会等待30天。
waiting-pa-act56-summary = 这一条目可以在{ $date }清理，也就是定罪10年后。
waiting-pa-act56-misdemeanor = { $reader ->
    [other] 如果当事人在那之前没有因可判一年或以上监禁的罪行被定罪，这一条目可以在{ $date }清理。这样的定罪会让10年重新计算。
   *[self] 如果您在那之前没有因可判一年或以上监禁的罪行被定罪，这一条目可以在{ $date }清理。这样的定罪会让10年重新计算。
}

waiting-pa-cs3-pardon = 这一条目可以在{ $date }清理，也就是赦免的日期。
waiting-pa-cs3-non-conviction = 这一条目将在{ $date }清理：案件没有以定罪结束时，法律会等待30天。
waiting-pa-cs3-summary = 这一条目可以在{ $date }清理，也就是定罪5年后。
waiting-pa-cs3-misdemeanor = { $reader ->
    [other] 如果当事人在那之前没有因可判一年或以上监禁的罪行被定罪，这一条目可以在{ $date }清理。这样的定罪会让7年重新计算。
   *[self] 如果您在那之前没有因可判一年或以上监禁的罪行被定罪，这一条目可以在{ $date }清理。这样的定罪会让7年重新计算。
}
waiting-pa-cs3-drug-felony = { $reader ->
    [other] 如果当事人在那之前没有因可判一年或以上监禁的罪行被定罪，这一条目可以在{ $date }清理。这样的定罪会让10年重新计算。
   *[self] 如果您在那之前没有因可判一年或以上监禁的罪行被定罪，这一条目可以在{ $date }清理。这样的定罪会让10年重新计算。
}
waiting-ca-prop64 = 这一条目可以在{ $date }更改，也就是新的大麻法律开始生效的日子。
waiting-mi-cleanslate-felony = 这一条目可以在{ $date }撤销：判刑10年后；如果出狱时间更晚，则是出狱10年后。
waiting-mi-cleanslate-misdemeanor = 这一条目可以在{ $date }撤销，也就是判刑7年后。

# 宾夕法尼亚州法典第18编：犯罪与违法行为
offense-simple-assault = 普通袭击（伤害他人，或企图、威胁伤害他人）
offense-aggravated-assault = 加重袭击（严重伤害他人，或企图这样做）
offense-harassment = 骚扰（殴打、威胁或反复纠缠他人）
offense-indecent-exposure = 有伤风化的暴露（在别人能看到的地方暴露自己的隐私部位）
offense-sexual-intercourse-with-animal = 与动物发生性行为
offense-criminal-mischief = 故意毁坏财物（损坏别人的财产）
offense-burglary = 入室犯罪（进入建筑物，意图在里面犯罪）
offense-criminal-trespass = 非法侵入（未经允许进入建筑物或场所）
offense-theft-by-unlawful-taking = 盗窃（拿走别人的财产）
offense-receiving-stolen-property = 收受赃物（持有或购买明知是偷来的东西）
offense-retail-theft = 商店盗窃（在商店里偷东西）
offense-forgery = 伪造（制作或使用假的文件或签名）
offense-access-device-fraud = 信用卡或借记卡欺诈
offense-endangering-welfare-of-children = 危害儿童福利（父母或照顾者使儿童处于危险之中）
offense-failure-to-register = 未登记为性犯罪者，或未及时更新登记
offense-failure-to-register-subchapter-i = 未登记为性犯罪者（较早的罪行，按第I分章登记）
offense-resisting-arrest = 拒捕
offense-weapons-for-escape = 持有用于越狱的工具或武器
offense-disorderly-conduct = 扰乱秩序（打架、制造不合理的噪音或扰乱公共秩序）
offense-public-drunkenness = 公共场所醉酒（在公共场所喝醉，对他人构成危险或造成困扰）
offense-abuse-of-corpse = 侮辱尸体
offense-paramilitary-training = 准军事训练（训练他人使用武器制造社会动乱）
offense-cruelty-to-animals = 虐待动物
offense-firearms-without-license = 无证携带枪支
offense-corruption-of-minors = 腐蚀未成年人（成年人鼓励儿童犯罪或做有害的事）
offense-underage-alcohol = 未满21岁购买、持有或饮用酒精饮品
offense-sexual-abuse-of-children = 儿童性虐待（制作、持有或分享儿童的色情图像）
offense-unlawful-contact-with-minor = 非法接触未成年人（为实施性犯罪而联系儿童）
offense-sexual-exploitation-of-children = 性剥削儿童
offense-invasion-of-privacy = 侵犯隐私（偷看或偷拍没有穿衣服的人）
offense-criminal-use-of-communication-facility = 利用电话、邮件或互联网实施或协助实施重罪

# 宾夕法尼亚州法典第35编：毒品
offense-possession-of-controlled-substance = 持有非法毒品
offense-possession-with-intent-to-deliver = 持有非法毒品，意图出售或提供给他人
offense-small-amount-of-marijuana = 持有少量大麻供自己使用（30克或以下）
offense-drug-paraphernalia = 持有吸毒用具（用来吸毒的物品）

# 宾夕法尼亚州法典第75编：车辆
offense-driving-while-suspended = 在驾照被暂停或吊销期间驾车
offense-leaving-scene-property-damage = 发生造成车辆或财产损坏的事故后，没有停车留下自己的信息就离开现场
offense-dui = 在酒精或药物影响下驾车（DUI）
