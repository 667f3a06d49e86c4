# Shared by every page: service name, layout, navigation, form furniture.
service-name = Aking Record
layout-skip-to-content = Lumaktaw sa pangunahing nilalaman
layout-nav-label = Pangunahing menu
layout-footer-synthetic = Ipinapakita ng Aking Record ang criminal record na hawak ng estado tungkol sa inyo, at kung ano ang ginawa rito ng batas na Clean Slate (ibig sabihin, "bagong simula"). Hindi ito legal na payo.
nav-my-record = Aking record
nav-sign-out = Mag-sign out
nav-back = Bumalik
nav-home = Pumunta sa panimulang pahina
form-error-summary-title = May problema
form-error-prefix = Mali:
# The language's name in itself, shown by the switcher on pages in other languages.
language-endonym = Tagalog
# Each language named in this page's language, for the reviewer's queue.
language-name-en = Ingles
language-name-es = Espanyol
language-name-zh-hans = Tsino (Pinasimple)
language-name-vi = Vietnamese
language-name-ko = Koreano
language-name-tl = Tagalog
language-name-ru = Ruso
language-name-ar = Arabe
# The button that opens the list of languages, before the name of the page's language.
language-menu-label = Wika

# Dates
date-long = { $month } { $day }, { $year }
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre

# Start page and sign in
start-title = Tingnan ang inyong criminal record
start-heading = Tingnan ang inyong criminal record sa simpleng salita
start-lead = Ayon sa { $law }, maraming lumang record ang awtomatikong nililinis mula sa mga pampublikong background check, nang hindi na ninyo kailangang hilingin. Mag-sign in para makita kung ano ang nasa inyong record at kung ano ang ginawa rito ng batas.
start-can-see = bawat pag-aresto at paratang na hawak ng estado, ipinaliwanag sa simpleng salita
start-can-cleared = kung aling mga tala ang awtomatikong nalinis, at kung bakit
start-can-when = kung kailan maaaring malinis ang iba pang tala
start-go-to-record = Pumunta sa aking record
sign-in-heading = Mag-sign in
sign-in-submit = Mag-sign in
sign-in-no-account = Wala pa kayong account?
sign-in-create-account = Gumawa ng account
field-email = Email address
field-password = Password
notice-signed-out = Naka-sign out na kayo.
notice-sign-in-to-see-record = Mag-sign in para makita ang inyong record.

# Create an account
register-title = Gumawa ng account
register-heading = Gumawa ng account
register-lead = Kailangan ninyo ng account para makita ang inyong record. Gumamit ng email address na kayo lang ang nakababasa.
register-submit = Gumawa ng account
field-new-password = Gumawa ng password
field-new-password-hint = Gumamit ng hindi bababa sa 12 character. Ang ilang salitang walang kaugnayan sa isa't isa, kapag pinagsama, ay matibay na password na madaling tandaan.
field-password-confirm = I-type muli ang password

# Form errors (shown next to the field and in the summary at the top)
error-email-missing = Ilagay ang inyong email address
error-email-invalid = Ilagay ang email address sa tamang anyo, gaya ng pangalan@example.com
error-password-missing = Ilagay ang inyong password
error-sign-in-failed = Hindi tama ang email address o password. Tingnan ang mga ito at subukang muli.
error-password-too-short = Dapat hindi bababa sa 12 character ang inyong password
error-password-too-long = Dapat 128 character o mas kaunti ang inyong password
error-password-mismatch = Hindi magkapareho ang dalawang password. I-type ang parehong password nang dalawang beses.
error-form-expired-retry = Nag-expire ang form na ito para maprotektahan kayo. Tingnan ang inyong inilagay at ipadala itong muli.

# Pages that say one thing
error-not-found-heading = Hindi makita ang pahina
error-not-found-body = Kung kayo ang nag-type ng web address, tingnan kung tama ito. Kung nag-click kayo ng link, maaaring luma na ito.
error-server-heading = Paumanhin, may nagkaproblema
error-server-body = Walang nawala sa inyong inilagay. Subukang muli pagkalipas ng ilang minuto.
error-form-expired-heading = Nag-expire na ang form na ito
error-form-expired-body = Para sa inyong seguridad, gumagana lang ang mga form sa limitadong oras. Bumalik, i-reload ang pahina, at subukang muli.
error-bad-request-heading = Hindi namin mabasa ang kahilingang iyon
error-bad-request-body = Bumalik at subukang muli.
error-timeout-heading = Masyadong natagalan
error-timeout-body = Masyadong matagal na naghintay ang pahina sa ipinapadala ng inyong browser, kaya huminto ito. Walang na-save. Bumalik at subukang muli.
error-unavailable-heading = Hindi gumagana ang serbisyong ito ngayon
error-unavailable-body = Problema ito sa aming panig, hindi dahil sa may ginawa kayo. Subukang muli pagkalipas ng ilang minuto. Kung nagpapadala kayo ng form, ipadala itong muli sa oras na iyon.
error-unreadable-text-heading = Hindi namin mabasa ang ipinadala ninyo
error-unreadable-text-body = Ang ilang bahagi ng teksto ay nasa anyong hindi namin mabasa. Maaari itong mangyari sa tekstong kinopya mula sa ibang program. Bumalik, i-type itong muli, at ipadala.
error-text-unreadable = Ang ilang bahagi ng tekstong ito ay nasa anyong hindi namin mabasa. Maaari itong mangyari sa tekstong kinopya mula sa ibang program. I-type itong muli.

# My record
record-heading = Aking record
record-greeting = Kumusta, { $name }. Ito ang criminal record na hawak ng estado tungkol sa inyo.
record-as-of = Napapanahon ang impormasyong ito hanggang { $date }. Maaaring hindi pa kasama rito ang mas bagong mga desisyon ng korte.
record-not-linked-heading = Hindi pa naka-link ang inyong record sa account na ito
record-not-linked-body = Para maprotektahan ang inyong privacy, nagpapakita lang kami ng record kapag sigurado kaming sa inyo ito.
record-not-linked-code = Nagpapadala ang estado ng sulat na may access code sa record, sa address na hawak nito para sa inyo. Gagamitin ninyo ang code na iyon at ang inyong petsa ng kapanganakan para i-link ang inyong record sa account na ito.
record-summary-empty = { $reader ->
    [other] Walang tala sa record na ito.
   *[self] Walang tala sa inyong record.
}
record-summary-none-reviewed = { $reader ->
    [other] { $count ->
        [1] May iisang tala ang record na ito. Hindi pa ito nasusuri para sa awtomatikong paglilinis.
       *[other] May { $count } tala ang record na ito. Wala pa sa mga ito ang nasusuri para sa awtomatikong paglilinis.
    }
   *[self] { $count ->
        [1] May iisang tala ang inyong record. Hindi pa ito nasusuri para sa awtomatikong paglilinis.
       *[other] May { $count } tala ang inyong record. Wala pa sa mga ito ang nasusuri para sa awtomatikong paglilinis.
    }
}
record-summary-cleared = { $reader ->
    [other] { $total ->
        [1] { $cleared ->
            [0] Hindi nalinis ang nag-iisang tala sa record na ito.
           *[other] Nalinis ang nag-iisang tala sa record na ito.
        }
       *[other] Nalinis ang { $cleared } sa { $total } tala sa record na ito.
    }
   *[self] { $total ->
        [1] { $cleared ->
            [0] Hindi nalinis ang nag-iisang tala sa inyong record.
           *[other] Nalinis ang nag-iisang tala sa inyong record.
        }
       *[other] Nalinis ang { $cleared } sa { $total } tala sa inyong record.
    }
}
record-summary-waiting = { $count ->
    [one] { $count } tala ang naghihintay at maaaring malinis sa kalaunan.
   *[other] { $count } tala ang naghihintay at maaaring malinis sa kalaunan.
}
record-summary-not-cleared = { $count ->
    [one] { $count } tala ang hindi maaaring malinis nang awtomatiko.
   *[other] { $count } tala ang hindi maaaring malinis nang awtomatiko.
}
record-summary-not-reviewed = { $count ->
    [one] { $count } tala ang hindi pa nasusuri.
   *[other] { $count } tala ang hindi pa nasusuri.
}
record-glossary-title = Ano ang ibig sabihin ng mga tag
record-help-link = Higit pa tungkol sa mga salita sa isang record, at kung ano ang nililinis ng batas

# Status tags
status-cleared = Nalinis
status-waiting = Naghihintay
status-not-cleared = Hindi nalinis
status-not-reviewed = Hindi pa nasusuri
status-cleared-meaning = Nilinis ng batas. Sinasabi ng bawat tala kung ano ang ginawa: selyado (nakatago sa karamihan ng background check; nakikita pa rin ito ng pulis at ng korte), binura, pinawalang-bisa, ibinasura, o ibinaba sa mas mababang antas.
status-waiting-meaning = Maaaring awtomatikong malinis sa isang petsa sa hinaharap, kung walang magbabago bago noon.
status-not-cleared-meaning = { $reader ->
    [other] Hindi awtomatikong nililinis ng batas ang talang ito. Maaari pa ring hilingin ng tao sa korte na i-selyo o burahin ito.
   *[self] Hindi awtomatikong nililinis ng batas ang talang ito. Maaari pa rin ninyong hilingin sa korte na i-selyo o burahin ito.
}
status-not-reviewed-meaning = Hindi pa sinusuri ng estado ang talang ito para sa awtomatikong paglilinis.

# One arrest (case) and its charges
case-heading = Pag-aresto noong { $date } ng { $agency }
case-tracking-number = Numero ng pagsubaybay
case-court-case = Kaso sa korte
case-court = Korte
charge-offense-unknown = Hindi inilarawan sa record ang paglabag
charge-law = Batas
charge-law-value = { $statute }, { $grade }
law-unknown = batas na Clean Slate
charge-what-happened = Ano ang nangyari
charge-date = Petsa ng desisyon
charge-no-date = Wala pang desisyon
charge-clearance = Paglilinis

# Grades in plain words
grade-f1 = felony sa unang antas (ang pinakamabibigat na felony)
grade-f2 = felony sa ikalawang antas
grade-f3 = felony sa ikatlong antas
grade-f = felony (mabigat na uri ng krimen)
grade-m1 = misdemeanor sa unang antas (ang pinakamabibigat na misdemeanor)
grade-m2 = misdemeanor sa ikalawang antas
grade-m3 = misdemeanor sa ikatlong antas
grade-m = misdemeanor (mas magaang uri ng krimen)
grade-s = summary offense (ang pinakamagaang uri, gaya ng tiket sa trapiko)
grade-i = infraction (ang pinakamagaang uri, hindi ito krimen)
grade-unknown = hindi nakatala ang antas

# What happened, in one plain sentence per disposition
disposition-convicted = { $reader ->
    [other] Napatunayang nagkasala ang tao, o umamin siyang nagkasala (isang hatol na nagkasala).
   *[self] Napatunayang nagkasala kayo, o umamin kayong nagkasala (isang hatol na nagkasala).
}
disposition-dismissed = Ibinasura ng korte ang paratang. Hindi ito hatol na nagkasala.
disposition-withdrawn = Binawi ng piskal ang paratang. Hindi ito hatol na nagkasala.
disposition-nolle-prossed = Hindi na itinuloy ng piskal ang paratang (nolle prosequi). Hindi ito hatol na nagkasala.
disposition-acquitted = { $reader ->
    [other] Napatunayang walang sala ang tao. Hindi ito hatol na nagkasala.
   *[self] Napatunayang wala kayong sala. Hindi ito hatol na nagkasala.
}
disposition-diverted = { $reader ->
    [other] Natapos ng tao ang isang diversion program (programang ipinapalit sa paglilitis), kaya hindi nauwi sa hatol na nagkasala ang paratang.
   *[self] Natapos ninyo ang isang diversion program (programang ipinapalit sa paglilitis), kaya hindi nauwi sa hatol na nagkasala ang paratang.
}
disposition-pardoned = { $reader ->
    [other] Binigyan ng Gobernador ng kapatawaran (pardon) ang tao.
   *[self] Binigyan kayo ng Gobernador ng kapatawaran (pardon).
}
disposition-pending = Bukas pa ang kaso. Wala pang desisyon.
disposition-unknown = Hindi sinasabi ng record kung paano natapos ang paratang na ito.

# Clearance decisions and their reasons
decision-cleared = Maaari nang i-selyo ayon sa { $law } mula pa noong { $date }; ise-selyo ito sa susunod na pagsusuri.
decision-sealed = Naselyuhan noong { $date } ayon sa { $law }. Mula noon, hindi na ito ipinapakita ng karamihan ng background check.
decision-eligible-since = Pinahintulutan ng batas na i-selyo ito mula { $date }; naitago lang ito simula sa araw na naselyuhan ito.
remedy-eligible-since = Pinahintulutan ito ng batas mula { $date }; nagkabisa ito sa petsang nakasulat sa itaas.
decision-waiting = Maaaring malinis ito sa { $date }.
decision-run = Sinuri ayon sa { $law } noong { $date }.
decision-reviewed = Sinuri noong { $date }.

# What clearing does, for decisions of laws that name a remedy ({ $law } names the law,
# { $date } the day, { $grade } the lower grade in words).
remedy-due-seal = Maaari nang i-selyo ayon sa { $law } mula pa noong { $date }; ise-selyo ito sa susunod na pagsusuri.
remedy-due-expunge = Maaari nang burahin ayon sa { $law } mula pa noong { $date }; gagawin ito sa susunod na pagsusuri.
remedy-due-set-aside = Maaari nang pawalang-bisa ayon sa { $law } mula pa noong { $date }; gagawin ito sa susunod na pagsusuri.
remedy-due-dismiss-and-seal = Maaari nang ibasura at i-selyo ayon sa { $law } mula pa noong { $date }; gagawin ito sa susunod na pagsusuri.
remedy-due-reduce = Maaari nang ibaba sa { $grade } ayon sa { $law } mula pa noong { $date }; gagawin ito sa susunod na pagsusuri.
remedy-done-seal = Naselyuhan noong { $date } ayon sa { $law }.
remedy-done-expunge = Binura noong { $date } ayon sa { $law }.
remedy-done-set-aside = Pinawalang-bisa noong { $date } ayon sa { $law }.
remedy-done-dismiss-and-seal = Ibinasura at naselyuhan noong { $date } ayon sa { $law }.
remedy-done-reduce = Ibinaba sa { $grade } noong { $date } ayon sa { $law }.
remedy-meaning-seal = Ang ibig sabihin ng selyado: hindi ito nakikita ng karamihan ng employer at may-ari ng paupahan na nagpapa-background check. Nakikita pa rin ito ng pulis at ng korte.
remedy-meaning-expunge = Ang ibig sabihin ng binura: sinisira ang record. Hindi ito ipinapakita ng mga background check, at hindi ninyo kailangang sabihin ito kaninuman.
remedy-meaning-set-aside = Ang ibig sabihin ng pinawalang-bisa: itinuturing ng batas ang hatol na nagkasala na parang hindi ito nangyari. Hindi ito ipinapakita ng karamihan ng background check. Nakikita pa rin ito ng pulis at ng korte.
remedy-meaning-dismiss-and-seal = Ang ibig sabihin ng ibinasura at selyado: kinansela ang hatol na nagkasala, dahil hindi na krimen ang ginawa. Hindi ito ipinapakita ng mga background check.
remedy-meaning-reduce = Ang ibig sabihin ng ibinaba: nananatili sa inyong record ang hatol na nagkasala, pero bilang mas magaang uri ng paglabag. Ang mas mababang antas ang ipinapakita ng mga background check.
reduced-grade-m = isang misdemeanor
reduced-grade-i = isang infraction (hindi ito krimen)
reason-not-final = Hindi pa tapos sa korte ang paratang na ito, kaya hindi pa ito maaaring malinis.
reason-waiting-period = Hindi pa lumilipas ang panahon ng paghihintay na itinakda ng batas.
reason-restitution-owed = May utang pang bayad-pinsala sa kasong ito. Maaari itong suriing muli kapag nabayaran na ito.
reason-excluded-offense = Hindi sakop ng batas ang paglabag na ito.
reason-disqualifying-history = { $reader ->
    [other] May iba pang hatol na nagkasala sa record na ito na pumipigil sa awtomatikong paglilinis ng talang ito.
   *[self] May iba pang hatol na nagkasala sa inyong record na pumipigil sa awtomatikong paglilinis ng talang ito.
}
held-back-by = Ito ang mga hatol na nagkasala na pumipigil dito:
held-back-entry = { $offense }, { $date }
reason-grade-not-covered = Hindi awtomatikong nililinis ng batas ang mga hatol na nagkasala sa antas na ito.
reason-no-rule = Walang tuntunin ng batas na sumasaklaw sa talang ito.
reason-missing-data = Kulang ang record ng isang detalyeng kailangan ng batas para makapagpasya, gaya ng sentensiya. Kung iuulat ninyo ang mali, maaari itong idagdag.
reason-no-lesser-offense = Pagkatapos magbago ang batas, pareho o mas mataas pa rin ang antas ng paglabag na ito, kaya walang maibababa.
reason-date-not-covered = Nangyari ang paglabag pagkatapos magbago ang batas, kaya hindi ito sakop ng bahaging ito ng batas.
reason-pending-charge = { $reader ->
    [other] May kaso ang tao na bukas pa sa korte. Walang maaaring awtomatikong malinis hangga't hindi ito natatapos.
   *[self] May kaso kayong bukas pa sa korte. Walang maaaring awtomatikong malinis hangga't hindi ito natatapos.
}
reason-conviction-limit = { $reader ->
    [other] Mas marami ang hatol na nagkasala ng tao sa ganitong uri kaysa sa pinapayagan ng batas na awtomatikong malinis.
   *[self] Mas marami ang inyong hatol na nagkasala sa ganitong uri kaysa sa pinapayagan ng batas na awtomatikong malinis.
}

# Contact: where to reach a human (configured by the deployment)
footer-contact = Makipag-ugnayan
contact-title = Makipag-ugnayan – Aking Record
contact-heading = Makipag-usap sa isang tao
contact-lead = Hindi makasasagot ng mga tanong ang Aking Record nang mag-isa. Ang mga opisinang ito ang makasasagot: ang opisina ng estado para sa mga criminal record, tungkol sa kung ano ang nasa inyong record; at ang mga organisasyon ng tulong-legal, tungkol sa susunod ninyong magagawa. Libre ang tulong-legal para sa mga kwalipikado.
contact-agency-heading = Ang opisina ng estado para sa mga criminal record
contact-agency-lead = Tumawag o sumulat sa kanila para humingi ng sulat na may access code sa record, para magtanong tungkol sa ulat na ipinadala ninyo, o tungkol sa kung ano ang nasa inyong record.
contact-agency-none = Hindi pa naibibigay sa portal na ito ang contact details ng opisina. Masasabi sa inyo ng ahensiyang nagpadala sa inyo ng sulat kung paano ito makokontak.
contact-legal-aid-heading = Libreng tulong-legal
contact-legal-aid-lead = Tinutulungan ng mga organisasyong ito ang mga tao na linisin ang kanilang record, at masasabi nila sa inyo kung makatutulong sa inyo ang petisyon sa korte o ang kapatawaran (pardon). Sinasabi ng bawat isa kung aling mga county ang pinagsisilbihan nito.
contact-legal-aid-none = Wala pang listahan ng mga organisasyon ng tulong-legal na naibigay sa portal na ito.
contact-legal-aid-link = Libreng tulong-legal na malapit sa inyo
contact-phone = Telepono
contact-hours = Oras na bukas
contact-address = Address
contact-web = Website
contact-counties = Pinagsisilbihan
contact-whole-state = Ang buong estado
contact-lead-start = May tanong tungkol sa inyong record, o wala kayong natanggap na sulat na may access code? Tumawag sa opisina.
contact-lead-letter = Para makakuha ng sulat na may bagong access code, tumawag o sumulat sa opisina.
contact-lead-dispute = Kung tatawag kayo tungkol sa inyong ulat, ibigay sa kanila ang reference nito.
contact-lead-error = Kung patuloy itong nangyayari, maaari kayong tumawag sa opisina.
contact-lead-help = Masasagot nila ang mga tanong tungkol sa kung ano ang nasa inyong record, at makapagpapadala sila ng sulat na may bagong access code.

# What can still be done about an entry the automatic process cannot clear
next-step-heading = { $reader ->
    [self] Ang magagawa pa ninyo
   *[other] Ang magagawa pa ng tao
}
next-step-petition = { $reader ->
    [self] Hindi malilinis ng awtomatikong proseso ang talang ito. Maaari pa rin itong i-selyo o burahin ng korte kung hihilingin ninyo (isang petisyon), at malilinis ng kapatawaran (pardon) ang isang hatol na nagkasala. Kung alin sa mga ito ang bukas sa inyo ay nakadepende sa inyong buong record.
   *[other] Hindi malilinis ng awtomatikong proseso ang talang ito. Maaari pa rin itong i-selyo o burahin ng korte kung hihilingin ng tao (isang petisyon), at malilinis ng kapatawaran (pardon) ang isang hatol na nagkasala. Kung alin sa mga ito ang bukas ay nakadepende sa buong record.
}
next-step-help = { $reader ->
    [self] Masasabi sa inyo ng libreng tulong-legal kung alin ang angkop sa inyo, at matutulungan kayo nitong humiling.
   *[other] Masasabi ng libreng tulong-legal sa tao kung alin ang angkop, at matutulungan siya nitong humiling.
}

meta-description = Tingnan ang inyong criminal record sa simpleng salita: kung ano ang nilinis ng batas na Clean Slate ng estado, kung kailan maaaring malinis ang iba, at kung paano mag-ulat ng mali.
