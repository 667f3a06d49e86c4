# Disputes: saying an entry is wrong, following it, and the agency reviewer's pages and emails.

nav-disputes = Aking mga pagtutol
nav-review = Pila ng mga pagtutol

# On the record page
charge-dispute = May mali ba sa talang ito?
charge-dispute-label = May mali ba sa talang ito: { $offense }?
charge-corrected = Itinama noong { $date } dahil sa pagtutol { $reference }.
record-disputes-link = Aking mga pagtutol
record-wrong-heading = { $reader ->
    [self] May mali ba sa inyong record?
   *[other] May mali ba sa record na ito?
}
record-wrong-body = Kung mali ang isang tala, gamitin ang link sa ilalim nito. Kung iba ang mali, halimbawa dapat sanang nalinis ang isang tala, sabihin sa amin dito.
record-wrong-link = Sabihin sa amin na may mali sa buong record
case-record-note = Nakikita ninyo ang record na ito dahil sa pagtutol { $reference }. Tuwing bubuksan ninyo ito, makikita ng tao na binuksan ninyo ito.

# Steps of a dispute
dispute-caption = Mag-ulat ng mali
dispute-continue = Magpatuloy
dispute-about-entry = Ang talang iniuulat ninyo:
dispute-about-whole = May iniuulat kayo tungkol sa buong record.
dispute-kind-title = Ano ang mali?
dispute-kind-heading = Ano ang mali?
dispute-kind-legend = Piliin ang pinakaangkop
dispute-kind-not-me = Hindi akin ang talang ito
dispute-kind-outcome-wrong = Mali o kulang ang kinalabasan
dispute-kind-date-wrong = May maling petsa
dispute-kind-should-be-cleared = Dapat sanang nalinis ito
dispute-kind-duplicate = Dalawang beses itong lumalabas
dispute-kind-other = Iba pa
dispute-details-title = Sabihin pa sa amin
dispute-details-heading = Sabihin pa sa amin
dispute-statement-hint = Ipaliwanag kung ano ang mali, sa sarili ninyong salita.
dispute-statement-hint-not-me = Halimbawa: hindi kayo kailanman inaresto noong araw na iyon, o sa ibang tao ang pangalan o petsa ng kapanganakan.
dispute-statement-hint-outcome-wrong = Halimbawa: ibinasura ang paratang, o natapos ninyo ang isang programa, pero iba ang sinasabi ng record o wala itong sinasabi.
dispute-statement-hint-date-wrong = Sabihin kung aling petsa ang mali at, kung alam ninyo, ang tamang petsa.
dispute-statement-hint-should-be-cleared = Sabihin kung bakit sa tingin ninyo ay dapat sanang nalinis ito, halimbawa, nabayaran na ninyo ang inyong utang.
dispute-statement-hint-duplicate = Sabihin kung aling mga tala ang iisang kaso.
dispute-statement-hint-other = Ipaliwanag kung ano ang mali, sa sarili ninyong salita.
field-dispute-statement = Ano ang mali?
field-dispute-statement-hint = Hanggang 5,000 character. Maaari kayong magdagdag ng mga dokumento sa susunod na pahina.
field-dispute-correct-value = Ano ang dapat nakasulat? (opsiyonal)
field-dispute-correct-value-hint = Halimbawa, ang tamang kinalabasan o ang tamang petsa.
dispute-documents-title = Magdagdag ng mga dokumento
dispute-documents-heading = Magdagdag ng mga dokumento (opsiyonal)
dispute-documents-lead = Nakatutulong ang mga dokumento para mas mabilis makapagpasya ang tagasuri, halimbawa, isang utos ng korte, resibo ng binayaran ninyo, o sertipiko mula sa isang programa. Maaari kayong magdagdag ng hanggang 10, isa-isa.
dispute-documents-added = Mga dokumentong naidagdag ninyo
dispute-document-remove = Alisin
dispute-document-remove-label = Alisin ang { $name }
dispute-document-add = Idagdag ang dokumentong ito
field-document = Pumili ng dokumento
field-document-optional = Magdagdag ng dokumento (opsiyonal)
field-document-hint = Isang PDF, JPG o PNG file, hanggang 10 MB. Puwede na ang malinaw na litrato ng papel.
document-size = { $kb } KB
dispute-check-title = Tingnan ang inyong mga sagot
dispute-check-heading = Tingnan ang inyong mga sagot bago ipadala
dispute-check-kind = Ano ang mali
dispute-check-statement = Ang sinabi ninyo sa amin
dispute-filed-by = { $reader ->
    [self] Naghain para sa inyo
   *[other] Naghain
}
dispute-statement-worker = Ang sinabi sa amin ng kawani ng tulong-legal
dispute-statement-person = { $reader ->
    [self] Ang sinabi ninyo sa amin
   *[other] Ang sinabi sa amin ng tao
}
dispute-check-correct-value = Ang dapat nakasulat
dispute-check-documents = Mga dokumento
dispute-check-none = Wala
dispute-change = Palitan
dispute-change-label = Palitan: { $what }
dispute-check-send-heading = Ipadala na ang inyong ulat
dispute-check-send-body = Sa pagpapadala nito, kinukumpirma ninyo na totoo ang sinabi ninyo sa amin, sa abot ng inyong kaalaman. Babasahin ito ng isang tagasuri ng ahensiya at titingnan niya ang record.
dispute-submit = Ipadala ang ulat
dispute-confirmation-title = Naipadala na ang ulat
dispute-confirmation-heading = Naipadala na ang ulat
dispute-confirmation-reference = Ang inyong reference number ay
dispute-confirmation-next-heading = Ano ang susunod na mangyayari
dispute-confirmation-next = Titingnan ng isang tagasuri ng ahensiya ang record at sasagot siya nang hindi lalampas sa { $date }. Maaari siyang humingi sa inyo ng karagdagang impormasyon.
dispute-confirmation-email = Padadalhan namin kayo ng email tuwing magbabago ang status. Itago ang reference number: gamitin ito kung tatawag kayo tungkol sa inyong ulat.
dispute-confirmation-follow = Subaybayan ang inyong ulat

# My disputes and one dispute
disputes-title = Aking mga pagtutol
disputes-heading = Aking mga pagtutol
disputes-lead = Ang mga maling iniulat ninyo, at ang kalagayan ng bawat isa.
disputes-lead-clients = Ang mga maling iniulat tungkol sa record ng inyong mga kliyente, kayo man o ang kliyente ang nag-ulat, at ang kalagayan ng bawat isa.
disputes-filed-by = Naghain
disputes-filed-by-you = Kayo
disputes-filed-by-client = Ang inyong kliyente
disputes-none = Wala pa kayong iniulat na mali.
disputes-none-clients = Walang naiulat na mali tungkol sa record ng inyong mga kliyente.
disputes-reference = Reference
disputes-kind = Ano ang mali
disputes-sent = Ipinadala noong
disputes-status = Status
disputes-from-record = Mag-ulat ng mali mula sa inyong record
disputes-from-clients = Mag-ulat ng mali mula sa record ng isang kliyente
dispute-detail-heading = Ulat { $reference }
dispute-due = Dapat masagot hanggang
dispute-timeline-heading = Ang mga nangyari hanggang ngayon
dispute-status-submitted = Naipadala
dispute-status-in-review = Sinusuri
dispute-status-info-requested = Kailangan ng karagdagang impormasyon
dispute-status-corrected = Naitama
dispute-status-not-changed = Hindi binago
dispute-status-submitted-meaning = Natanggap namin ang inyong ulat. Titingnan ito ng isang tagasuri sa lalong madaling panahon.
dispute-status-in-review-meaning = Tinitingnan ng isang tagasuri ang record.
dispute-status-info-requested-meaning = Kailangan ng tagasuri ng karagdagang impormasyon mula sa inyo. Sumagot sa ibaba.
dispute-status-corrected-meaning = Naitama ang record. Ipinapaliwanag ng tagasuri ang pagbabago sa ibaba.
dispute-status-not-changed-meaning = Nakita ng tagasuri na tama ang record at hindi niya ito binago. Nasa ibaba ang kanyang dahilan.
dispute-event-submitted = Naipadala ang ulat
dispute-event-review-started = Sinimulan itong tingnan ng isang tagasuri
dispute-event-info-requested = Humingi ang tagasuri ng karagdagang impormasyon
dispute-event-info-given = Naipadala ang karagdagang impormasyon
dispute-event-corrected = Naitama ang record
dispute-event-not-changed = Hindi binago ang record
dispute-event-reviewer-said = Isinulat ng tagasuri:
dispute-event-you-said = Isinulat kasama ng ulat:
dispute-documents-continue-hint = Kapag naidagdag na ninyo ang lahat ng dokumento, magpatuloy. Ang dokumentong napili ninyo pero hindi pa naidaragdag ay idaragdag kapag nagpatuloy kayo.
dispute-question-heading = Ang itinanong sa inyo ng tagasuri
dispute-reply-heading = Ipadala ang hinihinging impormasyon
field-dispute-reply = Ang inyong sagot
dispute-reply-submit = Ipadala ang aking sagot

# Errors
error-dispute-kind-missing = Piliin kung ano ang mali
error-dispute-entry-unknown = Wala ang talang ito sa record na maaari ninyong iulat. Bumalik sa record at gamitin ang link sa ilalim ng tala.
error-dispute-statement-missing = Sabihin sa amin kung ano ang mali
error-dispute-statement-too-long = Dapat 5,000 character o mas kaunti ito
error-dispute-correct-value-too-long = Dapat 500 character o mas kaunti ito
error-dispute-signed-out = Na-sign out kayo dahil matagal kayong walang ginawa. Nasa ibaba ang inyong tinype: mag-sign in muli sa bagong tab o window, pagkatapos ay bumalik dito at pindutin muli ang Magpatuloy.
error-dispute-form-expired = Nag-expire ang form na ito para maprotektahan kayo. Tingnan ang inyong mga sagot at ipadalang muli ang ulat.
error-dispute-reply-missing = Isulat ang inyong sagot
error-dispute-not-waiting = Hindi na naghihintay ang tagasuri ng sagot sa ulat na ito.
error-document-missing = Pumili ng dokumentong idaragdag
error-document-type = Dapat PDF, JPG o PNG file ang dokumento
error-document-too-big = Dapat mas maliit sa 10 MB ang dokumento
error-document-empty = Walang laman ang dokumento. Pumili ng ibang file.
error-document-too-many = Hanggang 10 dokumento lang ang maaari ninyong idagdag
error-dispute-too-many-drafts = Naabot na ninyo ang dami ng ulat na maaaring simulan nang hindi ipinapadala. Ipadala o tapusin muna ang isa sa mga ito. Tinatanggal ang mga ulat na hindi naipadala pagkalipas ng 30 araw.
error-document-no-room = Hindi na makapagtatago ng iba pang dokumento ang account na ito. Alisin ang isang dokumentong hindi na ninyo kailangan mula sa ulat na hindi pa naipapadala, o tanungin ang opisina ng mga record kung paano ito maipapadala sa ibang paraan.
error-document-unreadable = Hindi mabasa ang dokumento. Subukang muli, o pumili ng ibang file.

# The reviewer's pages
review-title = Pila ng mga pagtutol
review-heading = Pila ng mga pagtutol
review-count = { $count ->
    [0] Walang bukas na pagtutol.
    [1] Isang bukas na pagtutol, { $overdue } ang lampas na sa takdang petsa.
   *[other] { $count } bukas na pagtutol, { $overdue } ang lampas na sa takdang petsa.
}
review-none = Walang naghihintay na masuri.
review-due = Takdang petsa
review-overdue = Lampas na sa takdang petsa
review-person = Record ni { $name }
review-whole-record = Tingnan ang buong record
review-decide-heading = Magpasya
review-start = Simulan ang pagsusuri
review-correct-heading = Itama ang record
review-correct-hint = Ipinapakita ng mga field ang tala gaya ng kasalukuyan nito. Palitan ang mali; itatago ang mga lumang value sa kasaysayan ng record.
review-correct-submit = Suriin ang pagtatama
review-check-title = Suriin ang pagtatama
review-check-lead = Wala pang nababago. Suriin ang bawat pagbabago sa ulat { $reference } at ang mensaheng babasahin ng tao, pagkatapos ay ilapat ito.
review-check-changes = Ang mga magbabago
review-check-field = Field
review-check-now = Ngayon
review-check-after = Pagkatapos ng pagtatama
review-check-no-date = Walang petsa (bukas ang kaso)
review-check-on-record = Nasa record
review-check-on-record-field = Nakalista sa record
review-check-struck = Inalis sa record
review-check-apply = Ilapat ang pagtatama
review-check-edit = Bumalik at baguhin ito
review-info-heading = Humingi ng karagdagang impormasyon
review-info-submit = Ipadala ang kahilingan
review-decline-heading = Huwag baguhin ang record
review-decline-submit = Tanggihan, kasama ang dahilang ito
review-language = Wika
review-write-in = Inihain ang ulat na ito sa wikang { $language }. Isulat ang inyong mga mensahe at ang dahilan ng inyong desisyon sa wikang { $language }: babasahin ito ng tao nang eksakto gaya ng pagkakasulat ninyo.
field-review-disposition = Kinalabasan
field-review-disposition-date = Petsa ng kinalabasan
field-review-disposition-date-hint = Iwanang blangko kung bukas pa ang kaso.
field-review-grade = Antas
field-review-restitution = Bayad-pinsala na hindi pa nababayaran, sa dolyar
field-review-restitution-hint = Halimbawa, 0 o 450.00
field-review-strike = Alisin ang talang ito sa record ng tao (hindi ito kanya, o dalawang beses itong lumalabas)
field-review-correction-message = Ang itinama, para sa tao
field-review-info-message = Ang kailangan ninyo mula sa tao
field-review-decline-message = Kung bakit tama ang record, para sa tao
field-review-message-hint = Babasahin ito ng tao. Sumulat nang simple; walang internal code.
error-review-correction-missing = Ipaliwanag ang pagtatama sa tao
error-review-request-missing = Sabihin kung anong impormasyon ang kailangan ninyo
error-review-reason-missing = Ibigay ang dahilan kung bakit hindi binago ang record
error-review-nothing-changed = Walang binago. Baguhin ang isang value, o tanggihan ang pagtutol.
error-review-restitution = Maglagay ng halaga sa dolyar, gaya ng 0 o 450.00
notice-dispute-updated = Na-update ang pagtutol. Sasabihan ang tao sa pamamagitan ng email.
notice-dispute-updated-not-reviewed = Naitama ang tala at sasabihan ang tao sa pamamagitan ng email. Hindi pa muling makalkula ngayon ang desisyon sa paglilinis nito; gagawin ito ng susunod na takbo ng paglilinis.
disposition-name-convicted = Nahatulang nagkasala
disposition-name-dismissed = Ibinasura
disposition-name-withdrawn = Binawi
disposition-name-nolle-prossed = Nolle prossed (hindi na itinuloy)
disposition-name-acquitted = Napawalang-sala
disposition-name-diverted = Natapos ang diversion program
disposition-name-pardoned = Pinatawad (pardon)
disposition-name-pending = Bukas pa
disposition-name-unknown = Hindi alam

# Emails about a dispute
email-dispute-received-subject = Natanggap namin ang inyong ulat { $reference }
email-dispute-received-body =
    Natanggap namin ang inyong ulat tungkol sa isang mali sa criminal record. Ang reference number nito ay { $reference }.

    Titingnan ng isang tagasuri ng ahensiya ang record at sasagot siya nang hindi lalampas sa { $date }. Padadalhan namin kayo ng email tuwing magbabago ang status nito.

    Subaybayan ito rito: { $link }
email-dispute-in-review-subject = Sinusuri na ang inyong ulat { $reference }
email-dispute-in-review-body =
    Sinimulan nang tingnan ng isang tagasuri ang inyong ulat { $reference }.

    Subaybayan ito rito: { $link }
email-dispute-info-requested-subject = Kailangan ng karagdagang impormasyon para sa inyong ulat { $reference }
email-dispute-info-requested-body =
    Kailangan ng tagasuri ng karagdagang impormasyon para makapagpasya sa inyong ulat { $reference }. Isinulat niya:

    { $message }

    Sumagot dito: { $link }
email-dispute-info-given-subject = Natanggap namin ang inyong sagot tungkol sa ulat { $reference }
email-dispute-info-given-body =
    Salamat: natanggap namin ang inyong sagot tungkol sa ulat { $reference }. Nasa tagasuri na itong muli, at titingnan niya ang ipinadala ninyo.

    Subaybayan ito rito: { $link }
email-dispute-corrected-subject = Naitama ang inyong record ({ $reference })
email-dispute-corrected-body =
    Dahil sa inyong ulat { $reference }, naitama ang record. Isinulat ng tagasuri:

    { $message }

    Tingnan ang inyong record at ang ulat dito: { $link }
email-dispute-not-changed-subject = Desisyon sa inyong ulat { $reference }
email-dispute-not-changed-body =
    Tiningnan ng tagasuri ang inyong ulat { $reference } at hindi niya binago ang record. Isinulat niya:

    { $message }

    Tingnan ang ulat dito: { $link }
    Matutulungan kayo ng isang opisina ng tulong-legal kung hindi kayo sang-ayon.
email-review-answer-subject = May dumating na sagot para sa pagtutol { $reference }
email-review-answer-body =
    Dumating na ang sagot sa inyong paghingi ng karagdagang impormasyon tungkol sa pagtutol { $reference }. Nasa pila na ulit ng pagsusuri ang pagtutol.

    Buksan ito: { $link }
notice-dispute-already-decided = Napagpasyahan na ang pagtutol na ito, kaya walang binago.

# Sealed entries a clearance run no longer clears (/review/sealed), for reviewers.
unseal-title = Mga selyadong tala na kailangang suriin
unseal-heading = Mga selyadong tala na kailangang suriin
unseal-lead = Nakita sa isang pagsusuri na hindi na nililinis ng umiiral na batas ang mga selyadong talang ito, halimbawa pagkatapos ng isang pagtatama o ng bagong extract. Wala pang inalis sa pagkakaselyo. Alisin lang sa pagkakaselyo ang isang tala kapag natiyak ninyong dapat na itong maging pampubliko muli: aabisuhan ang korte at pulis nito.
unseal-none = Walang kailangang suriin.
unseal-person = Tao
unseal-entry = Tala
unseal-sealed-under = Naselyuhan ayon sa
unseal-now = Ang sinasabi ngayon ng batas
unseal-flagged-on = Nakita noong
unseal-unseal = Alisin sa pagkakaselyo
unseal-keep = Panatilihing selyado
unseal-back = Bumalik sa pila ng mga pagtutol
unseal-done-unsealed = Inalis na sa pagkakaselyo ang tala. May abiso na ang korte at pulis nito.
unseal-done-kept = Mananatiling selyado ang tala.
unseal-done-already = May nakapagpasya na tungkol sa talang ito.
review-sealed-link = Mga selyadong tala na kailangang suriin
