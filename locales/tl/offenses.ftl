# Offenses and laws in plain words, named by the rule packs' statute catalogs
# (clearance/packs/*.toml). Every id a pack uses must be here and in every other language.

# Laws
law-pa-act56 = batas na Clean Slate ng Pennsylvania (Act 56 ng 2018)
law-pa-cs3 = batas na Clean Slate ng Pennsylvania, ayon sa mga pagbabago noong 2020 at 2023
law-ca-prop64 = Proposition 64 ng California (kaluwagan para sa mga dating hatol na nagkasala tungkol sa cannabis)
law-mi-cleanslate = batas na Clean Slate ng Michigan (awtomatikong pagpapawalang-bisa)

# What a remedy means as a pack's law words it (packs' `remedy_messages`).
remedy-meaning-pa-seal = Ang ibig sabihin ng selyado: hindi ito nakikita ng karamihan ng employer at may-ari ng paupahan na nagpapa-background check. Nakikita pa rin ito ng pulis at ng korte. Kapag may tanong tungkol sa inyong record sa isang aplikasyon, maaari kayong sumagot na parang hindi ito nangyari (18 Pa.C.S. § 9122.5).
remedy-meaning-pa-expunge = Ang ibig sabihin ng binura: sinisira ang record. Hindi ito ipinapakita ng mga background check, at maaari ninyong sagutin ang anumang tanong tungkol dito na parang hindi ito nangyari.

# What a charge still waiting under each rule depends on ({ $date } is when it can be cleared).
waiting-pa-act56-pardon = Maaaring malinis ito sa { $date }, ang petsa ng kapatawaran (pardon).
waiting-pa-act56-non-conviction = Malilinis ito sa { $date }: naghihintay ang batas ng 30 araw pagkatapos matapos ang isang kaso nang walang hatol na nagkasala.
waiting-pa-act56-summary = Maaaring malinis ito sa { $date }, sampung taon pagkatapos ng hatol na nagkasala.
waiting-pa-act56-misdemeanor = { $reader ->
    [other] Maaaring malinis ito sa { $date } kung hindi mahahatulang nagkasala ang tao bago noon sa isang paglabag na maaaring may parusang isang taon o higit pa sa bilangguan. Kapag may ganoong hatol na nagkasala, magsisimula ulit ang sampung taon.
   *[self] Maaaring malinis ito sa { $date } kung hindi kayo mahahatulang nagkasala bago noon sa isang paglabag na maaaring may parusang isang taon o higit pa sa bilangguan. Kapag may ganoong hatol na nagkasala, magsisimula ulit ang sampung taon.
}

waiting-pa-cs3-pardon = Maaaring malinis ito sa { $date }, ang petsa ng kapatawaran (pardon).
waiting-pa-cs3-non-conviction = Malilinis ito sa { $date }: naghihintay ang batas ng 30 araw pagkatapos matapos ang isang kaso nang walang hatol na nagkasala.
waiting-pa-cs3-summary = Maaaring malinis ito sa { $date }, limang taon pagkatapos ng hatol na nagkasala.
waiting-pa-cs3-misdemeanor = { $reader ->
    [other] Maaaring malinis ito sa { $date } kung hindi mahahatulang nagkasala ang tao bago noon sa isang paglabag na maaaring may parusang isang taon o higit pa sa bilangguan. Kapag may ganoong hatol na nagkasala, magsisimula ulit ang pitong taon.
   *[self] Maaaring malinis ito sa { $date } kung hindi kayo mahahatulang nagkasala bago noon sa isang paglabag na maaaring may parusang isang taon o higit pa sa bilangguan. Kapag may ganoong hatol na nagkasala, magsisimula ulit ang pitong taon.
}
waiting-pa-cs3-drug-felony = { $reader ->
    [other] Maaaring malinis ito sa { $date } kung hindi mahahatulang nagkasala ang tao bago noon sa isang paglabag na maaaring may parusang isang taon o higit pa sa bilangguan. Kapag may ganoong hatol na nagkasala, magsisimula ulit ang sampung taon.
   *[self] Maaaring malinis ito sa { $date } kung hindi kayo mahahatulang nagkasala bago noon sa isang paglabag na maaaring may parusang isang taon o higit pa sa bilangguan. Kapag may ganoong hatol na nagkasala, magsisimula ulit ang sampung taon.
}
waiting-ca-prop64 = Maaari itong mabago sa { $date }, ang araw na nagsimula ang bagong batas tungkol sa cannabis.
waiting-mi-cleanslate-felony = Maaari itong mapawalang-bisa sa { $date }: sampung taon pagkatapos ng sentensiya, o pagkatapos makalaya mula sa bilangguan kung mas huli iyon.
waiting-mi-cleanslate-misdemeanor = Maaari itong mapawalang-bisa sa { $date }, pitong taon pagkatapos ng sentensiya.

# Pennsylvania, Title 18: crimes and offenses
offense-simple-assault = Simpleng pananakit (pananakit sa isang tao, o pagtatangka o pagbabantang gawin ito)
offense-aggravated-assault = Mabigat na pananakit (malubhang pananakit sa isang tao, o pagtatangkang gawin ito)
offense-harassment = Panliligalig (paghampas, pagbabanta, o paulit-ulit na pang-iistorbo sa isang tao)
offense-indecent-exposure = Malaswang paglalantad (pagpapakita ng maseselang bahagi ng sariling katawan kung saan makikita ng iba)
offense-sexual-intercourse-with-animal = Sekswal na gawain sa isang hayop
offense-criminal-mischief = Paninira ng ari-arian (pagsira sa ari-arian ng ibang tao)
offense-burglary = Panloloob (pagpasok sa isang gusali para gumawa roon ng krimen)
offense-criminal-trespass = Ilegal na pagpasok (pagpasok sa isang gusali o lugar nang walang pahintulot)
offense-theft-by-unlawful-taking = Pagnanakaw (pagkuha ng ari-arian ng ibang tao)
offense-receiving-stolen-property = Pagtanggap ng nakaw na ari-arian (pag-iingat o pagbili ng mga bagay na alam na nakaw)
offense-retail-theft = Pagnanakaw sa tindahan (shoplifting)
offense-forgery = Pamemeke (paggawa o paggamit ng pekeng dokumento o pirma)
offense-access-device-fraud = Pandaraya gamit ang credit o debit card
offense-endangering-welfare-of-children = Paglalagay sa panganib sa kapakanan ng bata (magulang o tagapag-alaga na naglalagay sa panganib sa isang bata)
offense-failure-to-register = Hindi pagpaparehistro bilang sex offender, o hindi pagpapanatiling napapanahon ng rehistro
offense-failure-to-register-subchapter-i = Hindi pagpaparehistro bilang sex offender (mas lumang mga paglabag, nakarehistro ayon sa Subchapter I)
offense-resisting-arrest = Paglaban sa pag-aresto
offense-weapons-for-escape = Pagkakaroon ng kagamitan o armas para tumakas mula sa kulungan
offense-disorderly-conduct = Panggugulo sa publiko (pakikipag-away, labis na pag-iingay, o paggawa ng gulo sa publiko)
offense-public-drunkenness = Paglalasing sa publiko (pagiging lasing sa publiko at nagiging panganib o istorbo sa iba)
offense-abuse-of-corpse = Paglapastangan sa bangkay
offense-paramilitary-training = Paramilitar na pagsasanay (pagsasanay sa mga tao na gumamit ng armas para magdulot ng kaguluhang sibil)
offense-cruelty-to-animals = Kalupitan sa hayop
offense-firearms-without-license = Pagdadala ng baril nang walang lisensiya
offense-corruption-of-minors = Panghihikayat sa menor de edad sa masama (isang nasa hustong gulang na humihikayat sa bata na gumawa ng krimen o ng nakapipinsalang bagay)
offense-underage-alcohol = Pagbili, pag-iingat o pag-inom ng alak habang wala pang 21 taong gulang
offense-sexual-abuse-of-children = Sekswal na pang-aabuso sa mga bata (paggawa, pag-iingat o pagbabahagi ng mga sekswal na larawan ng mga bata)
offense-unlawful-contact-with-minor = Ilegal na pakikipag-ugnayan sa menor de edad (pakikipag-ugnayan sa isang bata para gumawa ng sekswal na paglabag)
offense-sexual-exploitation-of-children = Sekswal na pagsasamantala sa mga bata
offense-invasion-of-privacy = Paglabag sa privacy (lihim na panonood o pagrerekord sa taong nakahubad)
offense-criminal-use-of-communication-facility = Paggamit ng telepono, koreo o internet para gumawa o tumulong gumawa ng felony

# Pennsylvania, Title 35: drugs
offense-possession-of-controlled-substance = Pag-iingat ng ilegal na droga
offense-possession-with-intent-to-deliver = Pag-iingat ng ilegal na droga para ibenta o ibigay sa iba
offense-small-amount-of-marijuana = Pag-iingat ng maliit na halaga ng marijuana para sa sariling gamit (30 gramo o mas kaunti)
offense-drug-paraphernalia = Pag-iingat ng drug paraphernalia (mga gamit sa paggamit ng droga)

# Pennsylvania, Title 75: vehicles
offense-driving-while-suspended = Pagmamaneho habang suspendido o binawi ang lisensiya
offense-leaving-scene-property-damage = Pag-alis sa pinangyarihan ng aksidenteng nakasira ng sasakyan o ari-arian nang hindi humihinto para ibigay ang sariling detalye
offense-dui = Pagmamaneho nang lasing o nasa impluwensiya ng droga (DUI)
