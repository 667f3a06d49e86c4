# Reclamos: avisar de que una parte del historial está mal, seguir el reclamo, y las páginas y
# correos del revisor de la agencia.

nav-disputes = Mis reclamos
nav-review = Reclamos por revisar

# En la página del historial
charge-dispute = ¿Algo está mal en esta parte?
charge-dispute-label = ¿Algo está mal en esta parte: { $offense }?
charge-corrected = Corregido el { $date } después del reclamo { $reference }.
record-disputes-link = Mis reclamos
record-wrong-heading = { $reader ->
    [self] ¿Algo está mal en su historial?
   *[other] ¿Algo está mal en este historial?
}
record-wrong-body = Si una parte está mal, use el enlace que tiene debajo. Si es otra cosa, por ejemplo que algo debió limpiarse, díganos aquí.
record-wrong-link = Avisar de que algo está mal en todo el historial
case-record-note = Ve este historial por el reclamo { $reference }. Cada vez que lo abre, la persona puede ver que lo hizo.

# Pasos de un reclamo
dispute-caption = Avisar de un error
dispute-continue = Continuar
dispute-about-entry = La parte sobre la que avisa:
dispute-about-whole = Avisa de algo sobre todo el historial.
dispute-kind-title = ¿Qué está mal?
dispute-kind-heading = ¿Qué está mal?
dispute-kind-legend = Elija la opción que mejor lo describe
dispute-kind-not-me = Esta parte no es mía
dispute-kind-outcome-wrong = El resultado está mal o falta
dispute-kind-date-wrong = Una fecha está mal
dispute-kind-should-be-cleared = Esto debió limpiarse
dispute-kind-duplicate = Aparece dos veces
dispute-kind-other = Otra cosa
dispute-details-title = Cuéntenos más
dispute-details-heading = Cuéntenos más
dispute-statement-hint = Explique qué está mal, con sus propias palabras.
dispute-statement-hint-not-me = Por ejemplo: nunca lo arrestaron ese día, o el nombre o la fecha de nacimiento son de otra persona.
dispute-statement-hint-outcome-wrong = Por ejemplo: el cargo se desestimó o usted completó un programa, pero el historial dice otra cosa o no dice nada.
dispute-statement-hint-date-wrong = Diga qué fecha está mal y, si la sabe, cuál es la correcta.
dispute-statement-hint-should-be-cleared = Diga por qué cree que debió limpiarse, por ejemplo que ya pagó lo que debía.
dispute-statement-hint-duplicate = Diga qué partes son el mismo caso.
dispute-statement-hint-other = Explique qué está mal, con sus propias palabras.
field-dispute-statement = ¿Qué está mal?
field-dispute-statement-hint = Hasta 5.000 caracteres. Puede agregar documentos en la página siguiente.
field-dispute-correct-value = ¿Qué debería decir? (opcional)
field-dispute-correct-value-hint = Por ejemplo, el resultado correcto o la fecha correcta.
dispute-documents-title = Agregar documentos
dispute-documents-heading = Agregar documentos (opcional)
dispute-documents-lead = Los documentos ayudan al revisor a decidir antes, por ejemplo una orden judicial, un recibo de lo que pagó o un certificado de un programa. Puede agregar hasta 10, de uno en uno.
dispute-documents-added = Documentos que agregó
dispute-document-remove = Quitar
dispute-document-remove-label = Quitar { $name }
dispute-document-add = Agregar este documento
field-document = Elija un documento
field-document-optional = Agregar un documento (opcional)
field-document-hint = Un archivo PDF, JPG o PNG, de hasta 10 MB. Sirve una foto clara de un papel.
document-size = { $kb } KB
dispute-check-title = Revise sus respuestas
dispute-check-heading = Revise sus respuestas antes de enviar
dispute-check-kind = Qué está mal
dispute-filed-by = { $reader ->
    [self] Enviado en su nombre por
   *[other] Enviado por
}
dispute-statement-worker = Lo que nos dijo la persona de asistencia legal
dispute-statement-person = { $reader ->
    [self] Lo que nos contó
   *[other] Lo que la persona nos contó
}
dispute-check-statement = Lo que nos contó
dispute-check-correct-value = Lo que debería decir
dispute-check-documents = Documentos
dispute-check-none = Ninguno
dispute-change = Cambiar
dispute-change-label = Cambiar { $what }
dispute-check-send-heading = Ahora envíe su reclamo
dispute-check-send-body = Al enviarlo, confirma que lo que nos contó es cierto según lo que usted sabe. Un revisor de la agencia lo leerá y revisará el historial.
dispute-submit = Enviar el reclamo
dispute-confirmation-title = Reclamo enviado
dispute-confirmation-heading = Reclamo enviado
dispute-confirmation-reference = Su número de referencia es
dispute-confirmation-next-heading = Qué pasa ahora
dispute-confirmation-next = Un revisor de la agencia revisará el historial y responderá a más tardar el { $date }. Puede que le pida más información.
dispute-confirmation-email = Le enviaremos un correo cada vez que cambie el estado. Guarde el número de referencia: úselo si llama por su reclamo.
dispute-confirmation-follow = Seguir su reclamo

# Mis reclamos y un reclamo
disputes-title = Mis reclamos
disputes-heading = Mis reclamos
disputes-lead = Los errores que reportó y cómo va cada uno.
disputes-lead-clients = Los errores reportados en los historiales de sus clientes, por usted o por el cliente, y cómo va cada uno.
disputes-filed-by = Presentado por
disputes-filed-by-you = Usted
disputes-filed-by-client = Su cliente
disputes-none = No ha avisado de ningún error.
disputes-none-clients = No se ha reportado ningún error en los historiales de sus clientes.
disputes-reference = Referencia
disputes-kind = Qué está mal
disputes-sent = Enviado el
disputes-status = Estado
disputes-from-clients = Reportar un error desde el historial de un cliente
disputes-from-record = Avisar de un error desde su historial
dispute-detail-heading = Reclamo { $reference }
dispute-due = Respuesta a más tardar el
dispute-timeline-heading = Lo que ha pasado hasta ahora
dispute-status-submitted = Enviado
dispute-status-in-review = En revisión
dispute-status-info-requested = Se necesita más información
dispute-status-corrected = Corregido
dispute-status-not-changed = Sin cambios
dispute-status-submitted-meaning = Tenemos su reclamo. Un revisor lo mirará pronto.
dispute-status-in-review-meaning = Un revisor está revisando el historial.
dispute-status-info-requested-meaning = El revisor necesita más información de usted. Responda abajo.
dispute-status-corrected-meaning = El historial se corrigió. El revisor explica el cambio abajo.
dispute-status-not-changed-meaning = El revisor encontró que el historial está bien y no lo cambió. Su motivo está abajo.
dispute-event-submitted = Reclamo enviado
dispute-event-review-started = Un revisor empezó a revisarlo
dispute-event-info-requested = El revisor pidió más información
dispute-event-info-given = Se envió más información
dispute-event-corrected = El historial se corrigió
dispute-event-not-changed = El historial no se cambió
dispute-event-reviewer-said = El revisor escribió:
dispute-event-you-said = Escrito con el reclamo:
dispute-documents-continue-hint = Cuando haya agregado todos los documentos, continúe. Si eligió un documento y todavía no lo agregó, se agrega al continuar.
dispute-question-heading = Lo que le preguntó la persona que revisa
dispute-reply-heading = Envíe la información que le piden
field-dispute-reply = Su respuesta
dispute-reply-submit = Enviar mi respuesta

# Errores
error-dispute-kind-missing = Elija qué está mal
error-dispute-entry-unknown = Esta parte no está en el historial sobre el que puede avisar. Vuelva al historial y use el enlace que hay debajo de la parte.
error-dispute-statement-missing = Díganos qué está mal
error-dispute-statement-too-long = Debe tener 5.000 caracteres o menos
error-dispute-correct-value-too-long = Debe tener 500 caracteres o menos
error-dispute-signed-out = Se cerró su sesión por inactividad. Lo que escribió está abajo: inicie sesión de nuevo en otra pestaña o ventana, luego vuelva aquí y pulse Continuar otra vez.
error-dispute-form-expired = Este formulario venció para proteger su seguridad. Revise sus respuestas y envíe el reclamo otra vez.
error-dispute-reply-missing = Escriba su respuesta
error-dispute-not-waiting = El revisor ya no está esperando una respuesta sobre este reclamo.
error-document-missing = Elija un documento para agregar
error-document-type = El documento debe ser un archivo PDF, JPG o PNG
error-document-too-big = El documento debe pesar menos de 10 MB
error-document-empty = El documento está vacío. Elija otro archivo.
error-document-too-many = Puede agregar hasta 10 documentos
error-dispute-too-many-drafts = Ya empezó todos los reclamos que puede tener sin enviar. Envíe o termine uno de ellos primero. Los reclamos que no envía se borran después de 30 días.
error-document-no-room = Esta cuenta no puede guardar más documentos. Quite un documento que ya no necesite de un reclamo que no ha enviado, o pregunte a la oficina de antecedentes cómo enviarlo de otra manera.
error-document-unreadable = No se pudo leer el documento. Inténtelo de nuevo o elija otro archivo.

# Las páginas del revisor
review-title = Reclamos por revisar
review-heading = Reclamos por revisar
review-count = { $count ->
    [0] No hay reclamos abiertos.
    [one] 1 reclamo abierto, { $overdue } vencido(s).
   *[other] { $count } reclamos abiertos, { $overdue } vencido(s).
}
review-none = No hay nada esperando revisión.
review-due = Vence
review-overdue = Vencido
review-person = Historial de { $name }
review-whole-record = Ver todo el historial
review-decide-heading = Decidir
review-start = Empezar la revisión
review-correct-heading = Corregir el historial
review-correct-hint = Los campos muestran la parte como está ahora. Cambie lo que esté mal; los valores anteriores se guardan en el historial de cambios.
review-correct-submit = Revisar la corrección
review-check-title = Revise la corrección
review-check-lead = Todavía no se cambió nada. Revise cada cambio del reclamo { $reference } y el mensaje que leerá la persona, y luego aplíquelo.
review-check-changes = Qué cambia
review-check-field = Dato
review-check-now = Ahora
review-check-after = Después de la corrección
review-check-no-date = Sin fecha (el caso sigue abierto)
review-check-on-record = En el historial
review-check-on-record-field = Aparece en el historial
review-check-struck = Quitado del historial
review-check-apply = Aplicar la corrección
review-check-edit = Volver y cambiarla
review-info-heading = Pedir más información
review-info-submit = Enviar la solicitud
review-decline-heading = No cambiar el historial
review-decline-submit = Rechazar, con este motivo
review-language = Idioma
review-write-in = Este reclamo se presentó en { $language }. Escriba sus mensajes y el motivo de su decisión en { $language }: la persona los lee tal como usted los escribe.
field-review-disposition = Resultado
field-review-disposition-date = Fecha del resultado
field-review-disposition-date-hint = Déjela vacía si el caso sigue abierto.
field-review-grade = Grado
field-review-restitution = Restitución que aún se debe, en dólares
field-review-restitution-hint = Por ejemplo, 0 o 450.00
field-review-strike = Quitar esta parte del historial de la persona (no es suya o aparece dos veces)
field-review-correction-message = Qué se corrigió, para la persona
field-review-info-message = Qué necesita de la persona
field-review-decline-message = Por qué el historial está bien, para la persona
field-review-message-hint = La persona lee esto. Escriba con claridad, sin códigos internos.
error-review-correction-missing = Explique la corrección a la persona
error-review-request-missing = Diga qué información necesita
error-review-reason-missing = Dé el motivo por el que no se cambia el historial
error-review-nothing-changed = No se cambió nada. Cambie un valor o rechace el reclamo.
error-review-restitution = Escriba una cantidad en dólares, como 0 o 450.00
notice-dispute-updated = El reclamo se actualizó. La persona recibirá un correo.
notice-dispute-updated-not-reviewed = La entrada se corrigió y la persona recibirá un correo. No se pudo volver a decidir ahora si se limpia; la próxima revisión de limpieza lo hará.
disposition-name-convicted = Condena
disposition-name-dismissed = Desestimado
disposition-name-withdrawn = Retirado
disposition-name-nolle-prossed = Nolle prosequi (abandonado)
disposition-name-acquitted = Absuelto
disposition-name-diverted = Programa de desvío completado
disposition-name-pardoned = Indultado
disposition-name-pending = Sigue abierto
disposition-name-unknown = No se sabe

# Correos sobre un reclamo
email-dispute-received-subject = Recibimos su reclamo { $reference }
email-dispute-received-body =
    Recibimos su reclamo de un error en unos antecedentes penales. Su número de referencia es { $reference }.

    Un revisor de la agencia revisará el historial y responderá a más tardar el { $date }. Le enviaremos un correo cada vez que cambie su estado.

    Sígalo aquí: { $link }
email-dispute-in-review-subject = Su reclamo { $reference } está en revisión
email-dispute-in-review-body =
    Un revisor empezó a revisar su reclamo { $reference }.

    Sígalo aquí: { $link }
email-dispute-info-requested-subject = Se necesita más información para su reclamo { $reference }
email-dispute-info-requested-body =
    El revisor necesita más información para decidir sobre su reclamo { $reference }. Escribió:

    { $message }

    Responda aquí: { $link }
email-dispute-info-given-subject = Recibimos su respuesta sobre el reclamo { $reference }
email-dispute-info-given-body =
    Gracias: recibimos su respuesta sobre el reclamo { $reference }. Volvió al revisor, que verá lo que usted envió.

    Sígalo aquí: { $link }
email-dispute-corrected-subject = Se corrigió su historial ({ $reference })
email-dispute-corrected-body =
    Después de su reclamo { $reference }, el historial se corrigió. El revisor escribió:

    { $message }

    Vea su historial y el reclamo aquí: { $link }
email-dispute-not-changed-subject = Decisión sobre su reclamo { $reference }
email-dispute-not-changed-body =
    El revisor revisó su reclamo { $reference } y no cambió el historial. Escribió:

    { $message }

    Vea el reclamo aquí: { $link }
    Una oficina de asistencia legal puede ayudarle si no está de acuerdo.
email-review-answer-subject = Llegó una respuesta para el reclamo { $reference }
email-review-answer-body =
    Llegó la respuesta a su pedido de más información sobre el reclamo { $reference }. El reclamo volvió a la lista de reclamos por revisar.

    Ábralo: { $link }
notice-dispute-already-decided = Este reclamo ya estaba decidido, así que no se cambió nada.

# Entradas selladas que una revisión ya no limpia (/review/sealed), para revisores.
unseal-title = Entradas selladas que revisar
unseal-heading = Entradas selladas que revisar
unseal-lead = Una revisión encontró que la ley vigente ya no limpia estas entradas selladas, por ejemplo después de una corrección o de un nuevo extracto. No se ha quitado ningún sello. Quite el sello de una entrada solo cuando haya comprobado que debe volver a ser pública: entonces se avisa a su tribunal y a su policía.
unseal-none = No hay nada que revisar.
unseal-person = Persona
unseal-entry = Entrada
unseal-sealed-under = Sellada según
unseal-now = Lo que dice la ley ahora
unseal-flagged-on = Encontrada el
unseal-unseal = Quitar el sello
unseal-keep = Mantenerla sellada
unseal-back = Volver a la cola de reclamos
unseal-done-unsealed = Se quitó el sello de la entrada. Su tribunal y su policía tienen un aviso.
unseal-done-kept = La entrada sigue sellada.
unseal-done-already = Alguien ya decidió sobre esta entrada.
review-sealed-link = Entradas selladas que revisar
