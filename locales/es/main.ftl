# Compartidos por todas las páginas: nombre del servicio, diseño, navegación, formularios.
service-name = Mi Historial
layout-skip-to-content = Saltar al contenido principal
layout-nav-label = Menú principal
layout-footer-synthetic = Mi Historial muestra los antecedentes penales que el estado tiene sobre usted y lo que hizo con ellos la ley Clean Slate («borrón y cuenta nueva»). No es asesoría legal.
nav-my-record = Mi historial
nav-sign-out = Cerrar sesión
nav-back = Volver
nav-home = Ir a la página de inicio
form-error-summary-title = Hay un problema
form-error-prefix = Error:
# El nombre del idioma en sí mismo, que muestra el selector en páginas de otros idiomas.
language-endonym = Español
# Cada idioma nombrado en el idioma de esta página, para la cola del revisor.
language-name-en = inglés
language-name-es = español
language-name-zh-hans = chino (simplificado)
language-name-vi = vietnamita
language-name-ko = coreano
language-name-tl = tagalo
language-name-ru = ruso
language-name-ar = árabe
# El botón que abre la lista de idiomas, antes del nombre del idioma de la página.
language-menu-label = Idioma

# Fechas
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

# Página de inicio e inicio de sesión
start-title = Vea sus antecedentes penales
start-heading = Vea sus antecedentes penales en palabras sencillas
start-lead = Según la { $law }, muchos antecedentes antiguos se limpian automáticamente y dejan de aparecer en las verificaciones públicas de antecedentes, sin que usted tenga que pedirlo. Inicie sesión para ver qué hay en su historial y qué hizo la ley con él.
start-can-see = cada arresto y cargo que tiene el estado, explicado en palabras sencillas
start-can-cleared = qué entradas se limpiaron automáticamente, y por qué
start-can-when = cuándo se podrían limpiar las demás entradas
start-go-to-record = Ir a mi historial
sign-in-heading = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-no-account = ¿Todavía no tiene una cuenta?
sign-in-create-account = Crear una cuenta
field-email = Correo electrónico
field-password = Contraseña
notice-signed-out = Cerró su sesión.
notice-sign-in-to-see-record = Inicie sesión para ver su historial.

# Crear una cuenta
register-title = Crear una cuenta
register-heading = Crear una cuenta
register-lead = Necesita una cuenta para ver su historial. Use un correo electrónico que solo usted pueda leer.
register-submit = Crear cuenta
field-new-password = Cree una contraseña
field-new-password-hint = Use al menos 12 caracteres. Varias palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
field-password-confirm = Escriba la contraseña otra vez

# Errores de formulario (junto al campo y en el resumen de arriba)
error-email-missing = Escriba su correo electrónico
error-email-invalid = Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com
error-password-missing = Escriba su contraseña
error-sign-in-failed = El correo electrónico o la contraseña no son correctos. Revíselos e inténtelo de nuevo.
error-password-too-short = Su contraseña debe tener al menos 12 caracteres
error-password-too-long = Su contraseña debe tener 128 caracteres o menos
error-password-mismatch = Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.
error-form-expired-retry = Este formulario venció para proteger su seguridad. Revise lo que escribió y envíelo de nuevo.

# Páginas con un solo mensaje
error-not-found-heading = No se encontró la página
error-not-found-body = Si escribió la dirección, revise que sea correcta. Si siguió un enlace, puede que ya no funcione.
error-server-heading = Lo sentimos, algo salió mal
error-server-body = No se perdió nada de lo que escribió. Inténtelo de nuevo en unos minutos.
error-form-expired-heading = Este formulario venció
error-form-expired-body = Por su seguridad, los formularios solo funcionan por un tiempo limitado. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-bad-request-heading = No pudimos leer esa solicitud
error-bad-request-body = Vuelva atrás e inténtelo de nuevo.
error-timeout-heading = Eso tardó demasiado
error-timeout-body = La página esperó demasiado lo que enviaba su navegador y se detuvo. No se guardó nada. Vuelva atrás e inténtelo de nuevo.
error-unavailable-heading = Este servicio no funciona en este momento
error-unavailable-body = Es un problema de nuestro lado, no algo que usted hizo. Inténtelo de nuevo en unos minutos. Si estaba enviando un formulario, envíelo otra vez entonces.
error-unreadable-text-heading = No pudimos leer lo que envió
error-unreadable-text-body = Parte del texto venía en una forma que no podemos leer. Esto puede pasar con texto copiado de otro programa. Vuelva atrás, escríbalo de nuevo y envíelo.
error-text-unreadable = Parte de este texto venía en una forma que no podemos leer. Esto puede pasar con texto copiado de otro programa. Escríbalo de nuevo.

# Mi historial
record-heading = Mi historial
record-greeting = Hola, { $name }. Estos son los antecedentes penales que el estado tiene sobre usted.
record-as-of = Esta información está actualizada al { $date }. Es posible que aún no incluya decisiones judiciales más recientes.
record-not-linked-heading = Su historial todavía no está vinculado a esta cuenta
record-not-linked-body = Para proteger su privacidad, solo mostramos un historial cuando estamos seguros de que es suyo.
record-not-linked-code = El estado envía por correo postal una carta con un código de acceso a la dirección que tiene registrada. Usará ese código y su fecha de nacimiento para vincular su historial a esta cuenta.
record-summary-empty = { $reader ->
    [other] No hay entradas en este historial.
   *[self] No hay entradas en su historial.
}
record-summary-none-reviewed = { $reader ->
    [other] { $count ->
        [one] Este historial tiene 1 entrada. Todavía no se ha revisado para la limpieza automática.
       *[other] Este historial tiene { $count } entradas. Todavía no se ha revisado ninguna para la limpieza automática.
    }
   *[self] { $count ->
        [one] Su historial tiene 1 entrada. Todavía no se ha revisado para la limpieza automática.
       *[other] Su historial tiene { $count } entradas. Todavía no se ha revisado ninguna para la limpieza automática.
    }
}
record-summary-cleared = { $reader ->
    [other] { $total ->
        [one] { $cleared ->
            [0] La única entrada de este historial no se limpió.
           *[other] La única entrada de este historial se limpió.
        }
       *[other] Se limpiaron { $cleared } de las { $total } entradas de este historial.
    }
   *[self] { $total ->
        [one] { $cleared ->
            [0] La única entrada de su historial no se limpió.
           *[other] La única entrada de su historial se limpió.
        }
       *[other] Se limpiaron { $cleared } de las { $total } entradas de su historial.
    }
}
record-summary-waiting = { $count ->
    [one] 1 entrada está en espera y se podrá limpiar más adelante.
   *[other] { $count } entradas están en espera y se podrán limpiar más adelante.
}
record-summary-not-cleared = { $count ->
    [one] 1 entrada no se puede limpiar automáticamente.
   *[other] { $count } entradas no se pueden limpiar automáticamente.
}
record-summary-not-reviewed = { $count ->
    [one] 1 entrada todavía no se ha revisado.
   *[other] { $count } entradas todavía no se han revisado.
}
record-glossary-title = Qué significan las etiquetas
record-help-link = Más sobre las palabras de un historial y lo que limpia la ley

# Etiquetas de estado
status-cleared = Limpiado
status-waiting = En espera
status-not-cleared = No limpiado
status-not-reviewed = Sin revisar
status-cleared-meaning = Limpiado por la ley. Cada entrada dice qué se hizo: sellado (oculto de la mayoría de las verificaciones de antecedentes; la policía y los tribunales todavía pueden verlo), eliminado, anulado, desestimado o reducido a un grado menor.
status-waiting-meaning = Se puede limpiar automáticamente en una fecha futura, si nada cambia antes.
status-not-cleared-meaning = { $reader ->
    [other] La ley no limpia esta entrada automáticamente. Es posible que la persona aún pueda pedir a un tribunal que la selle o la elimine.
   *[self] La ley no limpia esta entrada automáticamente. Es posible que aún pueda pedir a un tribunal que la selle o la elimine.
}
status-not-reviewed-meaning = El estado todavía no ha revisado esta entrada para la limpieza automática.

# Un arresto (caso) y sus cargos
case-heading = Arresto del { $date } por { $agency }
case-tracking-number = Número de seguimiento
case-court-case = Caso judicial
case-court = Tribunal
charge-offense-unknown = El historial no describe el delito
charge-law = Ley
charge-law-value = { $statute }, { $grade }
law-unknown = ley Clean Slate
charge-what-happened = Qué pasó
charge-date = Fecha de la decisión
charge-no-date = Todavía no hay decisión
charge-clearance = Limpieza automática

# Grados en palabras sencillas
grade-f1 = delito grave de primer grado (los delitos graves más serios)
grade-f2 = delito grave de segundo grado
grade-f3 = delito grave de tercer grado
grade-f = delito grave
grade-m1 = delito menor de primer grado (los delitos menores más serios)
grade-m2 = delito menor de segundo grado
grade-m3 = delito menor de tercer grado
grade-m = delito menor
grade-s = falta sumaria (lo menos grave, como una multa de tránsito)
grade-i = infracción (lo menos grave, no es un delito)
grade-unknown = grado no registrado

# Qué pasó, en una frase sencilla por cada resultado
disposition-convicted = { $reader ->
    [other] La persona fue declarada culpable o se declaró culpable (una condena).
   *[self] Lo declararon culpable o usted se declaró culpable (una condena).
}
disposition-dismissed = El tribunal desestimó el cargo. No es una condena.
disposition-withdrawn = La fiscalía retiró el cargo. No es una condena.
disposition-nolle-prossed = La fiscalía abandonó el cargo (nolle prosequi). No es una condena.
disposition-acquitted = { $reader ->
    [other] La persona fue declarada no culpable. No es una condena.
   *[self] Lo declararon no culpable. No es una condena.
}
disposition-diverted = { $reader ->
    [other] La persona completó un programa de desvío, así que el cargo no terminó en condena.
   *[self] Usted completó un programa de desvío, así que el cargo no terminó en condena.
}
disposition-pardoned = { $reader ->
    [other] El gobernador le otorgó un indulto a la persona.
   *[self] El gobernador le otorgó un indulto.
}
disposition-pending = El caso sigue abierto. Todavía no hay una decisión.
disposition-unknown = El historial no dice cómo terminó este cargo.

# Decisiones de limpieza y sus motivos
decision-cleared = Se puede sellar según la { $law } desde el { $date }; la próxima revisión lo sella.
decision-sealed = Sellado el { $date } según la { $law }. Desde entonces, la mayoría de las verificaciones de antecedentes no lo muestran.
decision-eligible-since = La ley permitía sellarlo desde el { $date }; quedó oculto solo desde el día en que se selló.
remedy-eligible-since = La ley lo permitía desde el { $date }; tuvo efecto en la fecha indicada arriba.
decision-waiting = Esto se puede limpiar el { $date }.
decision-run = Revisado según la { $law } el { $date }.
decision-reviewed = Revisado el { $date }.

# Lo que hace la limpieza, para decisiones de leyes que nombran un remedio ({ $law } es la ley,
# { $date } el día, { $grade } el grado menor en palabras).
remedy-due-seal = Se puede sellar según la { $law } desde el { $date }; la próxima revisión lo sella.
remedy-due-expunge = Se puede eliminar según la { $law } desde el { $date }; la próxima revisión lo hace.
remedy-due-set-aside = Se puede anular según la { $law } desde el { $date }; la próxima revisión lo hace.
remedy-due-dismiss-and-seal = Se puede desestimar y sellar según la { $law } desde el { $date }; la próxima revisión lo hace.
remedy-due-reduce = Se puede reducir a { $grade } según la { $law } desde el { $date }; la próxima revisión lo hace.
remedy-done-seal = Sellado el { $date } según la { $law }.
remedy-done-expunge = Eliminado el { $date } según la { $law }.
remedy-done-set-aside = Anulado el { $date } según la { $law }.
remedy-done-dismiss-and-seal = Desestimado y sellado el { $date } según la { $law }.
remedy-done-reduce = Reducido a { $grade } el { $date } según la { $law }.
remedy-meaning-seal = Sellado significa que la mayoría de los empleadores y arrendadores que revisan sus antecedentes no lo ven. La policía y los tribunales sí pueden verlo.
remedy-meaning-expunge = Eliminado significa que el registro se destruye. Las verificaciones de antecedentes no lo muestran y no tiene que contárselo a nadie.
remedy-meaning-set-aside = Anulado significa que la ley trata la condena como si no hubiera ocurrido. La mayoría de las verificaciones de antecedentes no la muestran. La policía y los tribunales sí pueden verla.
remedy-meaning-dismiss-and-seal = Desestimado y sellado significa que la condena se cancela, porque lo que se hizo ya no es un delito. Las verificaciones de antecedentes no la muestran.
remedy-meaning-reduce = Reducido significa que la condena sigue en su registro, pero como un delito de menor grado. Las verificaciones de antecedentes muestran el grado menor.
reduced-grade-m = delito menor
reduced-grade-i = infracción (no es un delito)
reason-not-final = Este cargo todavía no ha terminado en el tribunal, así que no se puede limpiar.
reason-waiting-period = Todavía no pasó el período de espera que fija la ley.
reason-restitution-owed = Todavía se debe una restitución en este caso. Se podrá revisar de nuevo cuando se pague.
reason-excluded-offense = La ley no cubre este delito.
reason-disqualifying-history = { $reader ->
    [other] Otras condenas en este historial impiden que esta entrada se limpie automáticamente.
   *[self] Otras condenas en su historial impiden que esta entrada se limpie automáticamente.
}
held-back-by = Estas son las condenas que lo impiden:
held-back-entry = { $offense }, { $date }
reason-grade-not-covered = La ley no limpia automáticamente las condenas de este grado.
reason-no-rule = Ninguna regla de la ley se aplica a esta entrada.
reason-missing-data = Al historial le falta un dato que la ley necesita para decidir, como la sentencia. Si reporta el error, se puede agregar.
reason-no-lesser-offense = Con el cambio de la ley, este delito tiene el mismo grado o uno más alto, así que no hay nada que reducir.
reason-date-not-covered = El delito ocurrió después del cambio de la ley, así que esta parte de la ley no se le aplica.
reason-pending-charge = { $reader ->
    [other] La persona tiene un caso todavía abierto en el tribunal. No se puede limpiar nada automáticamente hasta que termine.
   *[self] Usted tiene un caso todavía abierto en el tribunal. No se puede limpiar nada automáticamente hasta que termine.
}
reason-conviction-limit = { $reader ->
    [other] La persona tiene más condenas de este tipo de las que la ley permite limpiar automáticamente.
   *[self] Usted tiene más condenas de este tipo de las que la ley permite limpiar automáticamente.
}

# Contacto: dónde hablar con una persona (lo configura quien instala el portal)
footer-contact = Contacto
contact-title = Contacto – Mi Historial
contact-heading = Hable con una persona
contact-lead = Mi Historial no puede responder preguntas por sí solo. Estas oficinas sí: la oficina de antecedentes penales del estado, sobre lo que contiene su historial, y las organizaciones de asistencia legal, sobre lo que puede hacer después. La asistencia legal es gratuita para quienes califican.
contact-agency-heading = La oficina de antecedentes penales del estado
contact-agency-lead = Llame o escriba para pedir una carta con un código de acceso, para preguntar por un reclamo que envió o por lo que contiene su historial.
contact-agency-none = Este portal todavía no tiene los datos de contacto de la oficina. La agencia que le envió una carta puede decirle cómo comunicarse con ella.
contact-legal-aid-heading = Ayuda legal gratuita
contact-legal-aid-lead = Estas organizaciones ayudan a las personas a limpiar sus antecedentes y pueden decirle si una petición ante el tribunal o un indulto podría ayudarle. Cada una dice a qué condados atiende.
contact-legal-aid-none = Este portal todavía no tiene una lista de organizaciones de asistencia legal.
contact-legal-aid-link = Ayuda legal gratuita cerca de usted
contact-phone = Teléfono
contact-hours = Horario
contact-address = Dirección
contact-web = Sitio web
contact-counties = Atiende
contact-whole-state = Todo el estado
contact-lead-start = ¿Tiene preguntas sobre su historial o no tiene una carta con un código de acceso? Llame a la oficina.
contact-lead-letter = Para recibir una carta con un código de acceso nuevo, llame o escriba a la oficina.
contact-lead-dispute = Si llama por su reclamo, dé su referencia.
contact-lead-error = Si esto sigue pasando, puede llamar a la oficina.
contact-lead-help = Pueden responder preguntas sobre lo que contiene su historial y enviar una carta nueva con un código de acceso.

# Lo que todavía se puede hacer con una entrada que el proceso automático no puede limpiar
next-step-heading = { $reader ->
    [self] Lo que todavía puede hacer
   *[other] Lo que la persona todavía puede hacer
}
next-step-petition = { $reader ->
    [self] El proceso automático no puede limpiar esta entrada. Un tribunal todavía puede sellarla o eliminarla si usted lo pide (una petición), y un indulto puede limpiar una condena. Cuál de estas opciones tiene depende de todo su historial.
   *[other] El proceso automático no puede limpiar esta entrada. Un tribunal todavía puede sellarla o eliminarla si la persona lo pide (una petición), y un indulto puede limpiar una condena. Cuál de estas opciones tiene depende de todo su historial.
}
next-step-help = { $reader ->
    [self] La asistencia legal gratuita puede decirle cuál le corresponde y ayudarle a pedirlo.
   *[other] La asistencia legal gratuita puede decirle a la persona cuál le corresponde y ayudarle a pedirlo.
}

meta-description = Vea sus antecedentes penales en palabras sencillas: lo que limpió la ley Clean Slate del estado, cuándo se podría limpiar el resto y cómo reportar un error.
