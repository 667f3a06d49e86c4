# 범죄와 법을 쉬운 말로. 규칙 묶음의 법 조항 목록(clearance/packs/*.toml)이 이름을 붙입니다.
# 규칙 묶음이 쓰는 모든 id는 여기와 다른 모든 언어에 있어야 합니다.

# 법
law-pa-act56 = 펜실베이니아주 Clean Slate 법(2018년 법률 제56호)
law-pa-cs3 = 펜실베이니아주 Clean Slate 법(2020년과 2023년 개정 내용 포함)
law-ca-prop64 = 캘리포니아주 주민발의안 64호(Prop 64, 과거 대마 유죄 판결 구제)
law-mi-cleanslate = 미시간주 Clean Slate 법(자동 유죄 판결 취소)

# 규칙 묶음의 법이 정한 조치의 뜻 (규칙 묶음의 `remedy_messages`).
remedy-meaning-pa-seal = 봉인은 신원 조회를 하는 고용주와 집주인 대부분이 이 기록을 볼 수 없다는 뜻입니다. 경찰과 법원은 여전히 볼 수 있습니다. 신청서에서 기록에 대해 물으면, 이 일이 없었던 것처럼 답하셔도 됩니다(18 Pa.C.S. § 9122.5).
remedy-meaning-pa-expunge = 말소는 기록을 완전히 없앤다는 뜻입니다. 신원 조회에 나타나지 않으며, 이에 대한 어떤 질문에도 없었던 일처럼 답하셔도 됩니다.

# 각 규칙에서 아직 대기 중인 혐의가 무엇에 달려 있는지 ({ $date }는 정리될 수 있는 날짜).
waiting-pa-act56-pardon = 사면일인 { $date }에 정리될 수 있습니다.
waiting-pa-act56-non-conviction = { $date }에 정리됩니다. 사건이 유죄 판결 없이 끝나면 법은 30일을 기다립니다.
waiting-pa-act56-summary = 유죄 판결 10년 후인 { $date }에 정리될 수 있습니다.
waiting-pa-act56-misdemeanor = { $reader ->
    [other] 그때까지 당사자가 1년 이상의 징역이 가능한 범죄로 유죄 판결을 받지 않으면, { $date }에 정리될 수 있습니다. 그런 유죄 판결을 받으면 10년을 처음부터 다시 셉니다.
   *[self] 그때까지 1년 이상의 징역이 가능한 범죄로 유죄 판결을 받지 않으시면, { $date }에 정리될 수 있습니다. 그런 유죄 판결을 받으면 10년을 처음부터 다시 셉니다.
}

waiting-pa-cs3-pardon = 사면일인 { $date }에 정리될 수 있습니다.
waiting-pa-cs3-non-conviction = { $date }에 정리됩니다. 사건이 유죄 판결 없이 끝나면 법은 30일을 기다립니다.
waiting-pa-cs3-summary = 유죄 판결 5년 후인 { $date }에 정리될 수 있습니다.
waiting-pa-cs3-misdemeanor = { $reader ->
    [other] 그때까지 당사자가 1년 이상의 징역이 가능한 범죄로 유죄 판결을 받지 않으면, { $date }에 정리될 수 있습니다. 그런 유죄 판결을 받으면 7년을 처음부터 다시 셉니다.
   *[self] 그때까지 1년 이상의 징역이 가능한 범죄로 유죄 판결을 받지 않으시면, { $date }에 정리될 수 있습니다. 그런 유죄 판결을 받으면 7년을 처음부터 다시 셉니다.
}
waiting-pa-cs3-drug-felony = { $reader ->
    [other] 그때까지 당사자가 1년 이상의 징역이 가능한 범죄로 유죄 판결을 받지 않으면, { $date }에 정리될 수 있습니다. 그런 유죄 판결을 받으면 10년을 처음부터 다시 셉니다.
   *[self] 그때까지 1년 이상의 징역이 가능한 범죄로 유죄 판결을 받지 않으시면, { $date }에 정리될 수 있습니다. 그런 유죄 판결을 받으면 10년을 처음부터 다시 셉니다.
}
waiting-ca-prop64 = { $date }부터 바뀔 수 있습니다. 새 대마 법이 시작된 날입니다.
waiting-mi-cleanslate-felony = { $date }에 유죄 판결이 취소될 수 있습니다. 선고 10년 후, 또는 출소가 더 늦었다면 출소 10년 후입니다.
waiting-mi-cleanslate-misdemeanor = 선고 7년 후인 { $date }에 유죄 판결이 취소될 수 있습니다.

# 펜실베이니아주, 제18편: 범죄
offense-simple-assault = 단순 폭행(사람을 다치게 하거나, 그러려고 하거나, 그러겠다고 위협한 것)
offense-aggravated-assault = 가중 폭행(사람을 심하게 다치게 하거나 그러려고 한 것)
offense-harassment = 괴롭힘(사람을 때리거나, 위협하거나, 계속해서 괴롭힌 것)
offense-indecent-exposure = 공연 음란(다른 사람이 볼 수 있는 곳에서 신체의 은밀한 부위를 드러낸 것)
offense-sexual-intercourse-with-animal = 동물과의 성행위
offense-criminal-mischief = 재물 손괴(다른 사람의 물건을 망가뜨린 것)
offense-burglary = 침입 범죄(범죄를 저지르려고 건물에 들어간 것)
offense-criminal-trespass = 무단 침입(허락 없이 건물이나 장소에 들어간 것)
offense-theft-by-unlawful-taking = 절도(다른 사람의 물건을 가져간 것)
offense-receiving-stolen-property = 장물 취득(훔친 물건인 줄 알면서 가지고 있거나 산 것)
offense-retail-theft = 상점 절도(가게에서 물건을 훔친 것)
offense-forgery = 위조(가짜 서류나 서명을 만들거나 사용한 것)
offense-access-device-fraud = 신용카드 또는 직불카드 사기
offense-endangering-welfare-of-children = 아동 복지 위협(부모나 보호자가 아이를 위험에 빠뜨린 것)
offense-failure-to-register = 성범죄자 등록을 하지 않았거나, 등록 정보를 최신으로 유지하지 않은 것
offense-failure-to-register-subchapter-i = 성범죄자 등록을 하지 않은 것(Subchapter I에 따라 등록된 예전 범죄)
offense-resisting-arrest = 체포 저항
offense-weapons-for-escape = 구치소나 교도소에서 달아나기 위한 도구나 무기를 가진 것
offense-disorderly-conduct = 치안 방해(싸우거나, 지나친 소음을 내거나, 공공장소에서 소란을 일으킨 것)
offense-public-drunkenness = 공공장소 만취(공공장소에서 술에 취해 다른 사람에게 위험이나 불편을 준 것)
offense-abuse-of-corpse = 시신 훼손
offense-paramilitary-training = 준군사 훈련(사회 혼란을 일으키려고 사람들에게 무기 사용을 훈련시킨 것)
offense-cruelty-to-animals = 동물 학대
offense-firearms-without-license = 허가 없이 총을 가지고 다닌 것
offense-corruption-of-minors = 미성년자 비행 조장(어른이 아이에게 범죄나 해로운 일을 하도록 부추긴 것)
offense-underage-alcohol = 21세 미만이 술을 사거나, 가지고 있거나, 마신 것
offense-sexual-abuse-of-children = 아동 성 학대(아동의 성적인 사진이나 영상을 만들거나, 가지고 있거나, 공유한 것)
offense-unlawful-contact-with-minor = 미성년자와의 불법 접촉(성범죄를 저지르려고 아이에게 연락한 것)
offense-sexual-exploitation-of-children = 아동 성 착취
offense-invasion-of-privacy = 사생활 침해(옷을 벗은 사람을 몰래 보거나 녹화한 것)
offense-criminal-use-of-communication-facility = 중범죄를 저지르거나 돕기 위해 전화, 우편, 인터넷을 사용한 것

# 펜실베이니아주, 제35편: 약물
offense-possession-of-controlled-substance = 불법 약물 소지
offense-possession-with-intent-to-deliver = 팔거나 남에게 주려고 불법 약물을 가진 것
offense-small-amount-of-marijuana = 본인이 쓰려고 적은 양의 마리화나를 가진 것(30그램 이하)
offense-drug-paraphernalia = 마약 용구 소지(약물을 쓰는 데 사용하는 물건)

# 펜실베이니아주, 제75편: 차량
offense-driving-while-suspended = 면허가 정지되거나 취소된 상태에서 운전한 것
offense-leaving-scene-property-damage = 사고 현장 이탈(차량이나 재물이 손상된 사고 후, 멈춰서 연락처를 알려 주지 않고 떠난 것)
offense-dui = 음주 또는 약물 운전(DUI)
