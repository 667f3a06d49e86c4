# Accounts, roles, two-step sign-in, password reset, linking a record, sharing it, and who has
# viewed it. Also the pages for legal aid workers and administrators, and the emails.

# Menu and roles
nav-account = Account
nav-clients = Aking mga kliyente
nav-admin = Pangangasiwa
role-person = Taong may record
role-legal-aid = Kawani ng tulong-legal
role-reviewer = Tagasuri ng ahensiya
role-admin = Administrator
sign-in-forgot = Nakalimutan ang inyong password?

# Dates with a time of day
date-time = { $date } nang { $time } { $zone }

# Notices
notice-password-changed = Napalitan na ang inyong password. Mag-sign in gamit ang bago ninyong password. Na-sign out na kayo sa lahat ng iba pang lugar kung saan kayo naka-sign in.
notice-two-step-expired = Masyadong natagalan, kaya itinigil namin ang pag-sign in para maprotektahan ang inyong account. Mag-sign in muli.
notice-two-step-off = Naka-off na ang dalawang-hakbang na pag-sign in. Password na lang ang gagamitin ninyo sa pag-sign in.
notice-record-linked = Naka-link na ang inyong record sa account na ito.
notice-access-granted = Nakikita na ng kawani ng tulong-legal ang inyong record.
notice-access-revoked = Hindi na nakikita ng kawani ng tulong-legal ang inyong record.
notice-email-link-sent = Nagpadala kami ng link sa bagong address. Buksan ito sa loob ng 24 na oras para masimulang gamitin ang address na iyon. Hanggang doon, mag-sign in gamit ang kasalukuyan ninyong email.
notice-email-changed = Napalitan na ang inyong email. Mula ngayon, mag-sign in gamit ang bagong address.
notice-account-closed = Sarado na ang inyong account at naka-sign out na kayo. Hawak pa rin ng estado ang inyong record. Nagpadala kami ng huling email para sabihin kung ano ang susunod na mangyayari.

# Changing the password or email, and closing the account
field-current-password = Ang kasalukuyan ninyong password
field-new-email = Bagong email address
error-current-password-missing = Ilagay ang kasalukuyan ninyong password
error-current-password-wrong = Hindi ito ang kasalukuyan ninyong password. Tingnan ito at subukang muli.
error-email-unchanged = Ito na ang inyong email. Ilagay ang bagong address na gusto ninyong gamitin.
error-too-many-email-changes = Nakapagpadala na kami ng ilang link para sa account na ito. Maghintay ng isang oras at humiling muli.
change-password-title = Palitan ang inyong password
change-password-lead = Ilagay ang kasalukuyan ninyong password, pagkatapos ay pumili ng bago. Pagkatapos ng pagpapalit, mag-sign in kayong muli, at masa-sign out kayo sa lahat ng iba pang lugar kung saan kayo naka-sign in.
change-password-submit = Palitan ang aking password
change-email-title = Palitan ang inyong email address
change-email-current = Nagsa-sign in kayo gamit ang { $email }.
change-email-lead = Magpapadala kami ng link sa bagong address. Mangyayari lang ang pagpapalit kapag binuksan ninyo ito, para matiyak naming sa inyo ang address. Sasabihan din namin ang kasalukuyan ninyong address.
change-email-submit = Ipadala ang link
confirm-email-title = Kumpirmahin ang bago ninyong email address
confirm-email-lead = Gamitin ang { $email } sa pag-sign in sa Aking Record mula ngayon?
confirm-email-submit = Oo, gamitin ang address na ito
confirm-email-taken-heading = May sariling account ang address na ito
confirm-email-taken-body = Ginagamit ng ibang account sa Aking Record ang email address na ito, kaya hindi napalitan ang inyong email. Mag-sign in at pumili ng ibang address.
confirm-email-invalid-heading = Hindi gumagana ang link na ito
confirm-email-invalid-body = Nagamit na ang link, lampas na ito ng 24 na oras, o may mas bagong naipadala. Mag-sign in at humingi ng bagong link mula sa pahina ng inyong account.
close-account-title = Isara ang inyong account
close-account-goes-heading = Ang nangyayari kapag isinara ito
close-account-goes-sign-in = Hindi na kayo makapagsa-sign in. Aalisin sa account ang inyong password, ang dalawang-hakbang na pag-sign in at ang inyong email address.
close-account-goes-sharing = Hindi na makikita ang inyong record ng mga kawani ng tulong-legal na pinayagan ninyong makakita nito.
close-account-goes-drafts = Tatanggalin ang mga ulat na sinimulan ninyo pero hindi naipadala, kasama ang mga dokumento nito.
close-account-goes-email = Hindi na kami magpapadala ng email, maliban sa isa para sabihing sarado na ang account.
close-account-stays-heading = Ang mananatili
close-account-stays-record = Ang inyong criminal record. Hawak ito ng estado, hindi ng account na ito, at hindi ito nababago ng pagsasara. Ang nalinis na ng batas na Clean Slate ay mananatiling nalinis.
close-account-stays-disputes = Ang mga maling naiulat na ninyo. Sasagutin pa rin ito ng ahensiya; sumulat o tumawag gamit ang reference number para malaman ang sagot.
close-account-stays-audit = Ang listahan ng mga tumingin sa inyong record at ng mga ginawa rito, na kailangan naming itago ayon sa batas. Hindi na nito ipinapakita ang inyong email.
close-account-again = Maaari kayong bumalik sa ibang araw: gumawa ng bagong account at humingi ng bagong sulat para i-link ang inyong record.
close-account-submit = Isara ang aking account

# Form errors
error-too-many-attempts = Masyadong marami na ang pagsubok. Para sa inyong seguridad, maghintay ng 15 minuto, pagkatapos ay subukang muli.
error-too-many-resets = Nakapagpadala na kami ng ilang link sa address na ito. Maghintay ng isang oras, pagkatapos ay humiling muli.
error-password-common = Masyadong karaniwan at madaling hulaan ang password na ito. Pumili ng iba, halimbawa, tatlo o apat na salitang walang kaugnayan sa isa't isa.
error-password-from-context = Hindi dapat ang inyong email address o ang pangalan ng serbisyong ito ang inyong password. Pumili ng iba.
error-two-step-code-missing = Ilagay ang 6-digit na code mula sa inyong authenticator app, o isang recovery code
error-two-step-code-wrong = Hindi tama ang code. Ilagay ang code na ipinapakita ngayon ng inyong app, o isa sa inyong mga recovery code.
error-two-step-setup-wrong = Hindi tama ang code. Tiyaking tama ang oras sa orasan ng inyong app, pagkatapos ay ilagay ang code na ipinapakita nito ngayon.
error-access-code-missing = Ilagay ang access code mula sa inyong sulat
error-access-code-format = May 12 letra at numero ang access code, gaya ng ACDE-FGHJ-KMNP. Tingnan ang inyong sulat.
error-access-code-wrong = Hindi namin kilala ang access code na ito. Ihambing ito sa inyong sulat at subukang muli.
error-access-code-date-wrong = Hindi tugma ang petsa ng kapanganakan sa record na para sa code na ito. Tingnan ito at subukang muli.
error-access-code-locked = Hindi na gumagana ang access code na ito: masyadong maraming beses na mali ang inilagay na petsa ng kapanganakan. Para maprotektahan ang inyong record, hindi na ito magagamit muli. Humingi ng bagong sulat sa opisina ng estado para sa mga criminal record; may bagong code ito.
error-access-code-replaced = Hindi na gumagana ang access code na ito dahil may mas bagong sulat na ipinadala sa inyo. Gamitin ang code sa pinakabagong sulat.
link-tries-left = { $tries ->
    [1] May isa pa kayong pagsubok. Kung mali ulit ang petsa ng kapanganakan, hindi na gagana ang code na ito at kakailanganin ninyo ng bagong sulat.
   *[other] May { $tries } pa kayong pagsubok bago tumigil sa paggana ang code na ito.
}
error-access-code-expired = Nag-expire na ang access code na ito. Humingi ng bagong sulat.
error-access-code-used = Nagamit na ang access code na ito. Isang beses lang gumagana ang bawat code. Humingi ng bagong sulat kung kailangan ninyo.
error-date-missing = Ilagay ang inyong petsa ng kapanganakan
error-date-incomplete = Ilagay ang buwan, araw at taon
error-date-invalid = Ilagay ang totoong petsa, halimbawa 3 14 1985 para sa Marso 14, 1985
error-date-year = Ilagay ang taon gamit ang 4 na numero, halimbawa 1985
error-date-future = Dapat nasa nakaraan ang petsa ng kapanganakan
error-legal-aid-unknown = Wala kaming makitang kawani ng tulong-legal na may ganitong email address. Itanong ito sa inyong opisina ng tulong-legal.
error-sharing-days = Piliin kung gaano katagal nila makikita ang inyong record
error-sid-missing = Ilagay ang numero ng pagkakakilanlan ng tao sa estado (SID)
error-sid-unknown = Walang sinuman sa mga record ang may ganitong numero ng pagkakakilanlan sa estado. Tingnan ito at subukang muli.

# Form fields
field-date-day = Araw
field-date-month = Buwan
field-date-year = Taon
field-dob = Petsa ng kapanganakan
field-dob-hint = Buwan, araw at taon, halimbawa 3 14 1985. Maaari ninyong isulat ang buwan bilang salita, gaya ng Marso.
field-access-code = Access code
field-access-code-hint = Ang code mula sa sulat na ipinadala sa inyo ng estado, halimbawa ACDE-FGHJ-KMNP
field-two-step-code = Code
field-two-step-code-hint = Ang 6-digit na code na ipinapakita ngayon ng inyong app
field-two-step-sign-in-hint = Ang 6-digit na code mula sa inyong authenticator app. Kung wala sa inyo ang inyong telepono, gamitin ang isa sa inyong mga recovery code.
field-legal-aid-email = Email address ng kawani ng tulong-legal
field-legal-aid-email-hint = Ang address na ginagamit nila sa Aking Record. Tanungin sila kung hindi kayo sigurado.
field-sharing-days = Gaano katagal nila makikita ang inyong record?
field-sid = Numero ng pagkakakilanlan sa estado (SID)
field-sid-hint = Gaya ng nakasulat sa mga record ng estado, halimbawa PA1000001
field-letter-language = Ikalawang wika ng sulat

# Account page
account-title = Ang inyong account
account-heading = Ang inyong account
account-role = Uri ng account
account-two-step = Dalawang-hakbang na pag-sign in
account-two-step-on = Naka-on
account-two-step-off = Naka-off
account-manage-two-step = Dalawang-hakbang na pag-sign in at mga recovery code
account-link-record = I-link ang inyong record gamit ang code mula sa isang sulat
account-sharing = Ibahagi ang inyong record sa tulong-legal
account-views = Tingnan kung sino ang tumingin sa inyong record
# The language we write to the person in (emails), kept on the account
account-language-heading = Wika
account-language-lead = Sa wikang ito kami sumusulat sa inyo: mga email tungkol sa inyong account at sa inyong mga pagtutol. Ginagamit din ito ng mga pahina kapag nag-sign in kayo.
account-language-field = Wika para sa mga email at pahina
account-language-save = I-save ang wika
account-language-saved = Na-save na. Susulatan namin kayo sa wikang ito.

# Two-step sign-in
two-step-setup-title = I-set up ang dalawang-hakbang na pag-sign in
two-step-setup-heading = I-set up ang dalawang-hakbang na pag-sign in
two-step-required = Nakikita ng inyong account ang record ng ibang tao, kaya kailangan itong gumamit ng dalawang-hakbang na pag-sign in. I-set up ito para makapagpatuloy.
two-step-setup-lead = Sa dalawang-hakbang na pag-sign in, kailangan ninyo ang inyong password at isang code mula sa app sa inyong telepono. Kahit malaman ng iba ang inyong password, hindi pa rin sila makapapasok.
two-step-setup-step-app = Mag-install ng authenticator app sa inyong telepono, kung wala pa kayo nito. Libre ang karamihan, halimbawa Google Authenticator, Microsoft Authenticator o FreeOTP.
two-step-setup-step-scan = Sa app, magdagdag ng account at i-scan ang code na ito:
two-step-qr-alt = QR code para sa inyong authenticator app. Kung hindi ninyo ito ma-scan, i-type ang key na nakalagay sa ibaba nito.
two-step-setup-or-type = Kung hindi ninyo ma-scan ang code, i-type na lang ang key na ito sa app:
two-step-setup-step-code = Ilagay ang 6-digit na code na ipinapakita na ngayon ng app para sa Aking Record.
two-step-setup-submit = I-on ang dalawang-hakbang na pag-sign in
two-step-title = Dalawang-hakbang na pag-sign in
two-step-heading = Dalawang-hakbang na pag-sign in
two-step-is-on = Naka-on ang dalawang-hakbang na pag-sign in. Kapag nag-sign in kayo, ilalagay ninyo ang inyong password at pagkatapos ay isang code mula sa inyong app.
two-step-recovery-heading = Mga recovery code
two-step-codes-left = { $count ->
    [1] May isa na lang kayong natitirang recovery code. Isang beses lang ito gumagana, kung hindi ninyo magamit ang inyong app.
   *[other] May { $count } pa kayong natitirang recovery code. Isang beses lang gumagana ang bawat isa, kung hindi ninyo magamit ang inyong app.
}
two-step-new-codes = Gumawa ng mga bagong recovery code
two-step-off-heading = I-off ang dalawang-hakbang na pag-sign in
two-step-off-lead = Hindi na magiging kasing-ligtas ang inyong account: password lang ang kakailanganin para may makapasok. Ilagay ang isang code mula sa inyong app para i-off ito.
two-step-off-submit = I-off ang dalawang-hakbang na pag-sign in
recovery-codes-title = Ang inyong mga recovery code
recovery-codes-heading = Ang inyong mga recovery code
recovery-codes-lead = Kung mawala ang inyong telepono, makapagsa-sign in kayo nang isang beses gamit ang bawat isa sa mga code na ito, sa halip na code mula sa inyong app. Isulat ang mga ito o i-print ang pahinang ito, at itago sa ligtas na lugar.
recovery-codes-once = Ngayon lang namin ipapakita ang mga code na ito. Hindi na gumagana ang anumang recovery code na hawak ninyo dati.
recovery-codes-done = Na-save ko na ang aking mga code
two-step-sign-in-title = Ilagay ang inyong code
two-step-sign-in-heading = Ilagay ang code mula sa inyong app
two-step-sign-in-submit = Magpatuloy

# Password reset
reset-title = I-reset ang inyong password
reset-heading = I-reset ang inyong password
reset-lead = Ilagay ang email address ng inyong account. Padadalhan namin kayo ng link para makapili ng bagong password.
reset-submit = Ipadala ang link
reset-sent = Kung may account na may ganoong email address, pinadalhan namin ito ng link para makapili ng bagong password. Gumagana ang link nang 1 oras. Tingnan ang inyong spam folder kung hindi ninyo ito makita.
reset-link-invalid-heading = Hindi gumagana ang link na ito
reset-link-invalid-body = Maaaring nagamit na ito, o lampas na ito ng isang oras. Humingi ng bagong link mula sa pahina ng pag-sign in.
new-password-title = Pumili ng bagong password
new-password-heading = Pumili ng bagong password
new-password-submit = I-save ang bagong password

# Linking a record
link-title = I-link ang inyong record
link-heading = I-link ang inyong record sa account na ito
link-lead = Ilagay ang access code mula sa sulat na ipinadala sa inyo ng estado, at ang inyong petsa ng kapanganakan. Titiyakin muna namin na magkatugma ang mga ito bago namin kayo ipakitaan ng record.
link-submit = I-link ang aking record
link-no-letter-heading = Walang sulat?
link-no-letter-body = Humingi ng access code sa record mula sa opisina ng estado para sa mga criminal record. Ipapadala nila ito sa koreo sa address na hawak nila para sa inyo. Matutulungan kayo ng mga opisina ng tulong-legal na humingi nito.
record-link-button = I-link ang aking record gamit ang access code
record-no-letter = Walang sulat? Humingi ng access code sa record mula sa opisina ng estado para sa mga criminal record. Matutulungan kayo ng mga opisina ng tulong-legal na humingi nito.
record-share-link = Ibahagi ang aking record sa tulong-legal
record-views-link = Sino ang tumingin sa aking record

# Sharing with legal aid
sharing-title = Ibahagi ang inyong record sa tulong-legal
sharing-heading = Ibahagi ang inyong record sa tulong-legal
sharing-lead = Matutulungan kayo ng kawani ng tulong-legal na maunawaan ang inyong record, na humiling sa korte na linisin pa ang ibang bahagi nito, o na ayusin ang mga mali. Kayo ang magpapasya kung sino ang makakakita nito at hanggang kailan, at maaari ninyo itong itigil anumang oras.
sharing-current-heading = Sino ang nakakakita ng inyong record ngayon
sharing-none = Walang kawani ng tulong-legal na nakakakita ng inyong record.
sharing-until = Mula { $since }, hanggang { $until }
sharing-revoke = Itigil ang pagbabahagi
sharing-revoke-label = Itigil ang pagbabahagi kay { $name }
sharing-add-heading = Ibahagi sa isang kawani ng tulong-legal
sharing-days-option = { $days } araw
sharing-submit = Ibahagi ang aking record

# Who has viewed my record
views-title = Sino ang tumingin sa inyong record
views-heading = Sino ang tumingin sa inyong record
views-lead = Tuwing may magbubukas ng inyong record sa Aking Record, isinusulat namin kung sino ito at kailan. Hindi mababago ang listahang ito.
views-none = Wala pang tumitingin sa inyong record.
views-none-others = Wala pang ibang tumingin sa inyong record.
views-when = Kailan
views-who = Sino
views-role = Tungkulin
views-organisation = Organisasyon
views-you = Kayo
views-unnamed = Hindi nakatala ang pangalan
views-include-own = Isama ang mga pagkakataong ako mismo ang tumingin
views-show = Ipakita
views-count-others = { $count ->
    [1] May ibang tao na tumingin sa inyong record nang isang beses.
   *[other] Tumingin ang ibang tao sa inyong record nang { $count } beses.
}
views-count-all = { $count ->
    [1] Tiningnan ang inyong record nang isang beses, kasama ang sarili ninyong pagtingin.
   *[other] Tiningnan ang inyong record nang { $count } beses, kasama ang sarili ninyong pagtingin.
}
views-pages = Mga pahina ng listahan
views-page-of = Pahina { $page } ng { $pages }
views-newer = Mas bago
views-older = Mas luma

# Legal aid: clients
clients-title = Aking mga kliyente
clients-heading = Aking mga kliyente
clients-lead = Pinayagan kayo ng mga taong ito na makita ang kanilang record. Bawat isa ang nagpapasya kung hanggang kailan, at maaari nila itong itigil anumang oras. Tuwing bubuksan ninyo ang isang record, makikita ng tao na binuksan ninyo ito.
clients-none = Walang nagbabahagi ng kanilang record sa inyo sa ngayon.
clients-name = Pangalan
clients-until = Makikita hanggang
client-record-heading = Record ni { $name }
client-record-consent = Pinayagan kayo ni { $name } na makita ang record na ito hanggang { $date }. Makikita niya na binuksan ninyo ito.

# Administration: record access codes
admin-title = Pangangasiwa
admin-heading = Pangangasiwa
admin-code-heading = Magbigay ng access code sa record
admin-code-lead = Kailangan ng tao ng access code sa record para i-link ang kanyang record sa kanyang account. Kapag nagbigay ng bagong code, titigil sa paggana ang anumang naunang code ng taong iyon na hindi pa nagagamit. Isang beses lang ipinapakita ang code, sa isang sulat na ipi-print at ipapadala sa koreo.
admin-code-submit = Magbigay ng code at ipakita ang sulat
admin-imports-heading = Mga import ng extract ng estado
admin-imports-lead = Bawat import ay naglo-load ng extract ng criminal history ng estado sa Aking Record, buo o wala. Magpatakbo nito sa server gamit ang: myrecord import FILE
admin-imports-none = Wala pang na-import.
admin-imports-file = File
admin-imports-as-of = Datos na napapanahon hanggang
admin-imports-when = Na-import
admin-people = Mga tao
admin-charges = Mga paratang
admin-runs-heading = Mga takbo ng paglilinis
admin-runs-lead = Sa bawat takbo, sinusuri ang mga record gamit ang rule pack na umiiral, sineselyuhan ang nililinis ng batas, at isinusulat ang abiso para sa bawat ahensiya. Magpatakbo nito para sa lahat sa server gamit ang: myrecord clearance run --rules pa-act56. Kapag may itinama ang isang tagasuri, agad na sinusuring muli ang taong iyon.
admin-runs-none = Wala pang takbo ng paglilinis na nagawa.
admin-runs-run = Takbo
admin-runs-rules = Mga tuntunin
admin-runs-when = Kailan
admin-runs-counts = Ang nakita nito
admin-runs-everyone = Lahat
admin-runs-one-person = Isang tao, pagkatapos ng pagtatama
admin-runs-rules-value = { $law }, gaya noong { $date }
admin-runs-started = Nagsimula noong { $when }
admin-runs-finished = natapos noong { $when }
admin-runs-unfinished = hindi natapos: tumatakbo pa, o huminto bago matapos
admin-runs-count-values = { $people_n ->
        [one] { $people } tao
       *[other] { $people } tao
    }, { $charges_n ->
        [one] { $charges } paratang
       *[other] { $charges } paratang
    }: { $cleared } nalinis ({ $sealed } bagong naselyuhan), { $waiting } naghihintay, { $not_cleared } hindi nalinis
letter-title = Sulat ng access code sa record
letter-heading = Sulat na ipi-print at ipapadala sa koreo
letter-shown-once = Ngayon lang ipapakita ang code: isang naka-scramble na anyo lang nito ang itinatago. I-print na ang sulat ngayon. Kapag ni-reload ang pahinang ito, magbibigay ito ng bagong code.
letter-print-hint = Naka-print ang sulat sa Ingles at sa { $language }.
letter-back = Bumalik sa pangangasiwa
letter-sender = Opisina ng estado para sa mga criminal record
letter-reference = Reference: { $sid }. Petsa: { $date }.
letter-subject = Ang inyong code para makita online ang inyong criminal record
letter-greeting = Mahal na { $name },
letter-why = Makikita ninyo online ang inyong criminal record, sa simpleng salita, sa Aking Record. Makikita ninyo kung aling mga tala ang nilinis ng batas na Clean Slate, kung kailan maaaring malinis ang iba, at kung paano mag-ulat ng mali. Para maprotektahan ang inyong privacy, kailangan ninyo ang code na ito para i-link ang inyong record sa inyong account.
letter-code-label = Ang inyong access code sa record:
letter-expires = Isang beses lang gagana ang code, hanggang { $date }.
letter-step-go = Pumunta sa { $link }
letter-step-account = Mag-sign in, o gumawa ng account gamit ang inyong email address.
letter-step-code = Ilagay ang code sa itaas at ang inyong petsa ng kapanganakan.
letter-keep-safe = Itago nang pribado ang sulat na ito: kapag hawak ito ng iba, maaari nilang makita ang inyong record.
letter-not-expected = Kung hindi ninyo inaasahan ang sulat na ito, wala kayong kailangang gawin. Kusang titigil sa paggana ang code.

# Emails (plain text)
email-reset-subject = Pumili ng bagong password para sa Aking Record
email-reset-body =
    May humiling na i-reset ang password ng inyong account sa Aking Record.

    Para pumili ng bagong password, buksan ang link na ito. Isang beses lang ito gagana, sa loob ng 1 oras:
    { $link }

    Kung hindi kayo ito, wala kayong kailangang gawin: hindi nagbago ang inyong password.
email-change-link-subject = Kumpirmahin ang bago ninyong email para sa Aking Record
email-change-link-body =
    May humiling (malamang kayo) na gamitin ang address na ito sa pag-sign in sa Aking Record.

    Para kumpirmahin, buksan ang link na ito. Isang beses lang ito gagana, sa loob ng 24 na oras:
    { $link }

    Hangga't hindi ninyo ito kinukumpirma, mananatili sa inyong account ang dati nitong email. Kung hindi kayo ito, wala kayong kailangang gawin.
email-change-warning-subject = Pinapalitan ang email ng inyong account sa Aking Record
email-change-warning-body =
    May nag-sign in sa inyong account sa Aking Record at humiling na palitan ang email nito ng ibang address. Mangyayari lang ang pagpapalit kapag binuksan ang link na ipinadala sa bagong address.

    Kung kayo ito, wala kayong kailangang gawin.

    Kung hindi kayo ito, pumili ng bagong password ngayon din, para hindi na sila makapag-sign in muli:
    { $reset }
email-change-taken-subject = May account na sa Aking Record ang address na ito
email-change-taken-body =
    May humiling (malamang kayo) na ilipat sa email address na ito ang isang account sa Aking Record. May sarili nang account ang address na ito, kaya walang nagbago.

    Kung gusto ninyong gamitin ang address na ito, mag-sign in sa account na mayroon na ito. Kung hindi kayo ito, wala kayong kailangang gawin.
email-account-closed-subject = Sarado na ang inyong account sa Aking Record
email-account-closed-body =
    Sarado na ang inyong account sa Aking Record. Hindi na kayo makapagsa-sign in, at hindi na namin kayo padadalhan ng email.

    Hawak pa rin ng estado ang inyong criminal record, gaya ng dati: hindi ito nababago ng pagsasara ng account. Sasagutin pa rin ng ahensiya ang mga maling iniulat ninyo; sumulat o tumawag sa kanila gamit ang reference number. Hindi na makikita ang inyong record ng mga kawani ng tulong-legal na pinayagan ninyong makakita nito.

    Para magamit muli ang Aking Record, gumawa ng bagong account at humingi ng bagong sulat.
email-welcome-subject = Ang inyong account sa Aking Record
email-welcome-body =
    Gumawa ang isang administrator ng account sa Aking Record para sa inyo ({ $role }).

    Para pumili ng inyong password, buksan ang link na ito. Isang beses lang ito gagana, sa loob ng 7 araw:
    { $link }

    Sa una ninyong pag-sign in, ise-set up ninyo ang dalawang-hakbang na pag-sign in gamit ang authenticator app sa inyong telepono.

# Creating an account: the email address is confirmed before the account exists
register-sent-heading = Tingnan ang inyong email
register-sent-body = Nagpadala kami ng email sa address na ibinigay ninyo. Buksan ang link doon sa loob ng 24 na oras para matapos ang paggawa ng inyong account. Kung may account na kayo na may ganoong address, sasabihin sa inyo ng email kung paano mag-sign in sa halip.
register-sent-spam = Kung hindi ninyo makita ang email sa loob ng ilang minuto, tingnan ang inyong spam folder.
register-confirm-title = Tapusin ang paggawa ng inyong account
register-confirm-heading = Tapusin ang paggawa ng inyong account
register-confirm-lead = Pindutin ang button para magawa ang inyong account. Masa-sign in na kayo pagkatapos.
register-confirm-submit = Gawin ang aking account
register-link-invalid-heading = Hindi gumagana ang link na ito
register-link-invalid-body = Maaaring nagamit na ito, o lampas na ito ng 24 na oras. Gawin muli ang inyong account, o mag-sign in kung mayroon na kayo.
error-too-many-registrations = Nakapagpadala na kami ng ilang email sa address na ito. Maghintay ng isang oras, pagkatapos ay subukang muli.
email-register-subject = Tapusin ang paggawa ng inyong account sa Aking Record
email-register-body =
    May nagsimula (malamang kayo) na gumawa ng account sa Aking Record gamit ang email address na ito.

    Para matapos, buksan ang link na ito. Isang beses lang ito gagana, sa loob ng 24 na oras:
    { $link }

    Kung hindi kayo ito, wala kayong kailangang gawin: walang account na nagagawa kung wala ang link na ito.
email-account-exists-subject = May account na kayo sa Aking Record
email-account-exists-body =
    May sumubok (malamang kayo) na gumawa ng account sa Aking Record gamit ang email address na ito, pero may account na na gumagamit nito.

    Para mag-sign in, pumunta sa:
    { $sign_in }

    Kung nakalimutan ninyo ang inyong password, pumili ng bago rito:
    { $reset }

    Kung hindi kayo ito, wala kayong kailangang gawin: walang nagbago.
