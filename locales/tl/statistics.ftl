# The public statistics page (/statistics). Counts only: nothing about any one person.
statistics-title = Ang Clean Slate sa mga numero
statistics-heading = Ang Clean Slate sa mga numero
statistics-lead = Ang nagawa ng awtomatikong paglilinis ng estado sa mga record, at kung gaano kabilis sinasagot ang mga maling iniuulat ng mga tao. Maaaring basahin ng sinuman ang pahinang ito.
statistics-clearance-heading = Mga record na awtomatikong nalinis
statistics-no-review = Hindi pa sinusuri ng estado ang mga record para sa paglilinis.
statistics-latest-review = Ginamit ng pinakahuling pagsusuri sa record ng lahat ang { $law }, gaya noong { $date }.
statistics-clearance-caption = Ang pinakahuling pagsusuri
statistics-what = Ang binilang
statistics-how-many = Ilan
statistics-people = Mga taong may record
statistics-charges = Mga paratang sa mga record na iyon
statistics-cleared = Mga paratang na nalinis: nakatago sa mga pampublikong background check
statistics-waiting = Mga paratang na maaaring malinis sa kalaunan, kapag lumipas na ang panahon ng paghihintay
statistics-not-cleared = Mga paratang na hindi nililinis ng batas
statistics-cleared-share = { $percent }% ng lahat ng paratang ang nalinis.
statistics-sealed-in-all = { $count ->
    [one] Mula sa unang pagsusuri, { $number } paratang na ang naselyuhan. Hindi sinisira ang record na selyado: nakikita pa rin ito ng pulis, ng korte, at ng ilang lupon na nagbibigay ng lisensiya.
   *[other] Mula sa unang pagsusuri, { $number } paratang na ang naselyuhan. Hindi sinisira ang record na selyado: nakikita pa rin ito ng pulis, ng korte, at ng ilang lupon na nagbibigay ng lisensiya.
}
statistics-disputes-heading = Mga naiulat na mali
statistics-no-disputes = Wala pang nag-uulat ng mali sa kanilang record.
statistics-disputes-caption = Mga ulat ng mali sa isang record
statistics-disputes-received = Mga natanggap na ulat
statistics-disputes-corrected = Naitama ang record
statistics-disputes-not-changed = Nakitang tama ang record at hindi binago
statistics-disputes-open = Sinusuri pa
statistics-disputes-overdue = Sinusuri pa kahit lampas na sa takdang petsa ng ahensiya
statistics-disputes-on-time = { $on_time } sa { $decided } napagpasyahang ulat ({ $percent }%) ang nasagot bago lumampas ang takdang petsa ng ahensiya.
statistics-privacy = Mga bilang lang ito. Walang pangalan, petsa ng kapanganakan o detalye ng kaso rito, kaya walang taong makikilala mula rito.
footer-statistics = Ang Clean Slate sa mga numero
# Between groups of three digits in large numbers.
number-thousands-separator = ,
number-decimal-separator = .
