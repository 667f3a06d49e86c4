# La página pública de estadísticas (/statistics). Solo conteos: nada sobre ninguna persona.
statistics-title = La ley Clean Slate en cifras
statistics-heading = La ley Clean Slate en cifras
statistics-lead = Lo que ha hecho la limpieza automática de antecedentes del estado, y qué tan rápido se responde a los errores que reporta la gente. Cualquier persona puede leer esta página.
statistics-clearance-heading = Antecedentes limpiados automáticamente
statistics-no-review = El estado todavía no ha revisado los antecedentes para limpiarlos.
statistics-latest-review = La revisión más reciente de los antecedentes de todos aplicó la { $law } con fecha del { $date }.
statistics-clearance-caption = La revisión más reciente
statistics-what = Qué se contó
statistics-how-many = Cuántos
statistics-people = Personas con antecedentes
statistics-charges = Cargos en esos antecedentes
statistics-cleared = Cargos limpiados: ocultos de las verificaciones públicas de antecedentes
statistics-waiting = Cargos que se pueden limpiar más adelante, cuando pase su tiempo de espera
statistics-not-cleared = Cargos que la ley no limpia
statistics-cleared-share = El { $percent } % de todos los cargos está limpiado.
statistics-sealed-in-all = { $count ->
    [one] Desde la primera revisión se ha sellado { $number } cargo. Un antecedente sellado no se destruye: la policía, los tribunales y algunas juntas de licencias todavía pueden verlo.
   *[other] Desde la primera revisión se han sellado { $number } cargos. Un antecedente sellado no se destruye: la policía, los tribunales y algunas juntas de licencias todavía pueden verlo.
}
statistics-disputes-heading = Errores reportados
statistics-no-disputes = Nadie ha reportado todavía un error en sus antecedentes.
statistics-disputes-caption = Reclamos por un error en los antecedentes
statistics-disputes-received = Reclamos recibidos
statistics-disputes-corrected = Se corrigió el historial
statistics-disputes-not-changed = El historial estaba bien y no se cambió
statistics-disputes-open = Todavía en revisión
statistics-disputes-overdue = Todavía en revisión después del plazo de la agencia
statistics-disputes-on-time = { $on_time } de { $decided } reclamos decididos ({ $percent } %) se respondieron dentro del plazo de la agencia.
statistics-privacy = Son solo conteos. No contienen nombres, fechas de nacimiento ni detalles de casos, así que nadie puede ser identificado con ellos.
footer-statistics = La ley Clean Slate en cifras
# Entre grupos de tres cifras en números grandes (como se escribe en Estados Unidos y México).
number-thousands-separator = ,
number-decimal-separator = .
