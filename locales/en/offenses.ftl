# Offenses and laws in plain words, named by the rule packs' statute catalogs
# (clearance/packs/*.toml). Every id a pack uses must be here and in every other language.

# Laws
law-pa-act56 = Pennsylvania's Clean Slate law (Act 56 of 2018)
law-pa-cs3 = Pennsylvania's Clean Slate law, as changed in 2020 and 2023
law-ca-prop64 = California's Proposition 64 (relief for past cannabis convictions)
law-mi-cleanslate = Michigan's Clean Slate law (automatic set-aside)

# What a remedy means as a pack's law words it (packs' `remedy_messages`).
remedy-meaning-pa-seal = Sealed means most employers and landlords who run a background check do not see it. Police and courts still can. When an application asks about your record, you may answer as if this did not happen (18 Pa.C.S. § 9122.5).
remedy-meaning-pa-expunge = Expunged means the record is destroyed. Background checks do not show it, and you may answer any question about it as if it did not happen.

# What a charge still waiting under each rule depends on ({ $date } is when it can be cleared).
waiting-pa-act56-pardon = This can be cleared on { $date }, the date of the pardon.
waiting-pa-act56-non-conviction = This will be cleared on { $date }: the law waits 30 days after a case ends without a conviction.
waiting-pa-act56-summary = This can be cleared on { $date }, ten years after the conviction.
waiting-pa-act56-misdemeanor = { $reader ->
    [other] This can be cleared on { $date } if the person is not convicted before then of an offense that can carry a year or more in prison. Such a conviction would start the ten years again.
   *[self] This can be cleared on { $date } if you are not convicted before then of an offense that can carry a year or more in prison. Such a conviction would start the ten years again.
}

waiting-pa-cs3-pardon = This can be cleared on { $date }, the date of the pardon.
waiting-pa-cs3-non-conviction = This will be cleared on { $date }: the law waits 30 days after a case ends without a conviction.
waiting-pa-cs3-summary = This can be cleared on { $date }, five years after the conviction.
waiting-pa-cs3-misdemeanor = { $reader ->
    [other] This can be cleared on { $date } if the person is not convicted before then of an offense that can carry a year or more in prison. Such a conviction would start the seven years again.
   *[self] This can be cleared on { $date } if you are not convicted before then of an offense that can carry a year or more in prison. Such a conviction would start the seven years again.
}
waiting-pa-cs3-drug-felony = { $reader ->
    [other] This can be cleared on { $date } if the person is not convicted before then of an offense that can carry a year or more in prison. Such a conviction would start the ten years again.
   *[self] This can be cleared on { $date } if you are not convicted before then of an offense that can carry a year or more in prison. Such a conviction would start the ten years again.
}
waiting-ca-prop64 = This can be changed on { $date }, the day the new cannabis law began.
waiting-mi-cleanslate-felony = This can be set aside on { $date }: ten years after the sentence, or after release from prison if that came later.
waiting-mi-cleanslate-misdemeanor = This can be set aside on { $date }, seven years after the sentence.

# Pennsylvania, Title 18: crimes and offenses
offense-simple-assault = Simple assault (hurting someone, or trying or threatening to)
offense-aggravated-assault = Aggravated assault (seriously hurting someone, or trying to)
offense-harassment = Harassment (hitting, threatening or repeatedly bothering someone)
offense-indecent-exposure = Indecent exposure (showing your private parts where others can see)
offense-sexual-intercourse-with-animal = Sexual acts with an animal
offense-criminal-mischief = Criminal mischief (damaging someone else's property)
offense-burglary = Burglary (going into a building to commit a crime there)
offense-criminal-trespass = Criminal trespass (going into a building or place without permission)
offense-theft-by-unlawful-taking = Theft (taking someone else's property)
offense-receiving-stolen-property = Receiving stolen property (having or buying things you knew were stolen)
offense-retail-theft = Retail theft (shoplifting)
offense-forgery = Forgery (making or using a false document or signature)
offense-access-device-fraud = Credit or debit card fraud
offense-endangering-welfare-of-children = Endangering the welfare of a child (a parent or carer putting a child in danger)
offense-failure-to-register = Not registering as a sex offender, or not keeping the registration up to date
offense-failure-to-register-subchapter-i = Not registering as a sex offender (older offenses, registered under Subchapter I)
offense-resisting-arrest = Resisting arrest
offense-weapons-for-escape = Having tools or weapons to escape from jail
offense-disorderly-conduct = Disorderly conduct (fighting, making unreasonable noise or causing a public disturbance)
offense-public-drunkenness = Public drunkenness (being drunk in public and a danger or annoyance to others)
offense-abuse-of-corpse = Abuse of a dead body
offense-paramilitary-training = Paramilitary training (training people to use weapons to cause civil disorder)
offense-cruelty-to-animals = Cruelty to animals
offense-firearms-without-license = Carrying a gun without a license
offense-corruption-of-minors = Corruption of minors (an adult encouraging a child to commit a crime or do something harmful)
offense-underage-alcohol = Buying, having or drinking alcohol while under 21
offense-sexual-abuse-of-children = Sexual abuse of children (making, having or sharing sexual images of children)
offense-unlawful-contact-with-minor = Unlawful contact with a minor (contacting a child to commit a sexual offense)
offense-sexual-exploitation-of-children = Sexual exploitation of children
offense-invasion-of-privacy = Invasion of privacy (secretly watching or recording someone who is undressed)
offense-criminal-use-of-communication-facility = Using a phone, the mail or the internet to commit or help commit a felony

# Pennsylvania, Title 35: drugs
offense-possession-of-controlled-substance = Having an illegal drug
offense-possession-with-intent-to-deliver = Having an illegal drug to sell or give to others
offense-small-amount-of-marijuana = Having a small amount of marijuana for your own use (30 grams or less)
offense-drug-paraphernalia = Having drug paraphernalia (things used to take drugs)

# Pennsylvania, Title 75: vehicles
offense-driving-while-suspended = Driving while your license is suspended or revoked
offense-leaving-scene-property-damage = Leaving the scene of an accident that damaged a vehicle or property without stopping to give your details
offense-dui = Driving under the influence of alcohol or drugs (DUI)
