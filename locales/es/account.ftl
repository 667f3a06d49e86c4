# Cuentas, funciones, inicio de sesión en dos pasos, cambio de contraseña, vincular un historial,
# compartirlo y quién lo ha visto. También las páginas para trabajadores de asistencia legal y
# administradores, y los correos electrónicos.

# Menú y funciones
nav-account = Cuenta
nav-clients = Mis clientes
nav-admin = Administración
role-person = Persona con antecedentes
role-legal-aid = Trabajador de asistencia legal
role-reviewer = Revisor de la agencia
role-admin = Administrador
sign-in-forgot = ¿Olvidó su contraseña?

# Fechas con hora
date-time = { $date } a las { $time } { $zone }

# Avisos
notice-password-changed = Su contraseña ha cambiado. Inicie sesión con la nueva contraseña. Se cerró la sesión en cualquier otro lugar donde la tuviera abierta.
notice-two-step-expired = Pasó demasiado tiempo, así que detuvimos el inicio de sesión para proteger su cuenta. Inicie sesión de nuevo.
notice-two-step-off = El inicio de sesión en dos pasos está desactivado. Ahora entra solo con su contraseña.
notice-record-linked = Su historial ya está vinculado a esta cuenta.
notice-access-granted = El trabajador de asistencia legal ya puede ver su historial.
notice-access-revoked = El trabajador de asistencia legal ya no puede ver su historial.
notice-email-link-sent = Enviamos un enlace a la nueva dirección. Ábralo antes de 24 horas para empezar a usarla. Mientras tanto, entra con su correo actual.
notice-email-changed = Su correo cambió. Desde ahora, entre con la nueva dirección.
notice-account-closed = Su cuenta está cerrada y salió de ella. El estado sigue guardando sus antecedentes. Le enviamos un último correo que explica lo que pasa ahora.

# Cambiar la contraseña o el correo, y cerrar la cuenta
field-current-password = Su contraseña actual
field-new-email = Nueva dirección de correo
error-current-password-missing = Escriba su contraseña actual
error-current-password-wrong = Esta no es su contraseña actual. Revísela y vuelva a intentarlo.
error-email-unchanged = Este ya es su correo. Escriba la nueva dirección que quiere usar.
error-too-many-email-changes = Ya enviamos varios enlaces para esta cuenta. Espere una hora y vuelva a pedirlo.
change-password-title = Cambiar su contraseña
change-password-lead = Escriba su contraseña actual y luego elija una nueva. Después del cambio vuelve a entrar, y se cierra la sesión en cualquier otro lugar donde estuviera.
change-password-submit = Cambiar mi contraseña
change-email-title = Cambiar su dirección de correo
change-email-current = Usted entra con { $email }.
change-email-lead = Enviamos un enlace a la nueva dirección. El cambio se hace solo cuando lo abre, así sabemos que la dirección es suya. También avisamos a su dirección actual.
change-email-submit = Enviar el enlace
confirm-email-title = Confirme su nueva dirección de correo
confirm-email-lead = ¿Usar { $email } para entrar en My Record desde ahora?
confirm-email-submit = Sí, usar esta dirección
confirm-email-taken-heading = Esta dirección tiene su propia cuenta
confirm-email-taken-body = Otra cuenta de My Record usa esta dirección de correo, así que su correo no cambió. Entre y elija otra dirección.
confirm-email-invalid-heading = Este enlace no funciona
confirm-email-invalid-body = El enlace ya se usó, tiene más de 24 horas o se envió uno más nuevo. Entre y pida un enlace nuevo desde la página de su cuenta.
close-account-title = Cerrar su cuenta
close-account-goes-heading = Lo que hace cerrarla
close-account-goes-sign-in = Ya no puede entrar. Se quitan de la cuenta su contraseña, el inicio de sesión en dos pasos y su dirección de correo.
close-account-goes-sharing = Los trabajadores de asistencia legal a quienes dejó ver su historial ya no pueden verlo.
close-account-goes-drafts = Se borran los reclamos que empezó y no envió, con sus documentos.
close-account-goes-email = No enviamos más correos, salvo uno para decir que la cuenta está cerrada.
close-account-stays-heading = Lo que se queda
close-account-stays-record = Sus antecedentes penales. Los guarda el estado, no esta cuenta, y cerrarla no los cambia. Lo que la ley Clean Slate limpió sigue limpio.
close-account-stays-disputes = Los errores que ya reportó. La agencia los sigue respondiendo; escriba o llame con el número de referencia para saber la respuesta.
close-account-stays-audit = La lista de quién consultó su historial y de lo que se hizo, que la ley nos obliga a guardar. Ya no muestra su correo.
close-account-again = Puede volver más adelante: cree una cuenta nueva y pida una carta nueva para vincular su historial.
close-account-submit = Cerrar mi cuenta

# Errores de formulario
error-too-many-attempts = Hubo demasiados intentos. Por su seguridad, espere 15 minutos y vuelva a intentarlo.
error-too-many-resets = Ya enviamos varios enlaces a esta dirección. Espere una hora y vuelva a pedirlo.
error-password-common = Esta contraseña es muy común y fácil de adivinar. Elija otra, por ejemplo tres o cuatro palabras sin relación entre sí.
error-password-from-context = Su contraseña no puede ser su correo electrónico ni el nombre de este servicio. Elija otra.
error-two-step-code-missing = Escriba el código de 6 dígitos de su aplicación de autenticación, o un código de recuperación
error-two-step-code-wrong = El código no es correcto. Escriba el código que muestra su aplicación ahora, o uno de sus códigos de recuperación.
error-two-step-setup-wrong = El código no es correcto. Compruebe que el reloj de su aplicación esté bien y escriba el código que muestra ahora.
error-access-code-missing = Escriba el código de acceso de su carta
error-access-code-format = El código de acceso tiene 12 letras y números, como ACDE-FGHJ-KMNP. Revise su carta.
error-access-code-wrong = No conocemos este código de acceso. Compárelo con su carta e inténtelo de nuevo.
error-access-code-date-wrong = La fecha de nacimiento no coincide con el historial al que corresponde este código. Revísela e inténtelo de nuevo.
error-access-code-locked = Este código de acceso ya no funciona: la fecha de nacimiento se escribió mal demasiadas veces. Para proteger su historial, no se puede volver a usar. Pida una carta nueva a la oficina de antecedentes penales del estado; tendrá un código nuevo.
error-access-code-replaced = Este código de acceso ya no funciona porque se le envió una carta más reciente. Use el código de la carta más reciente.
link-tries-left = { $tries ->
    [one] Le queda 1 intento. Si la fecha de nacimiento vuelve a estar mal, este código deja de funcionar y necesitará una carta nueva.
   *[other] Le quedan { $tries } intentos antes de que este código deje de funcionar.
}
error-access-code-expired = Este código de acceso ya venció. Pida una carta nueva.
error-access-code-used = Este código de acceso ya se usó. Cada código sirve una sola vez. Pida una carta nueva si la necesita.
error-date-missing = Escriba su fecha de nacimiento
error-date-incomplete = Escriba el día, el mes y el año
error-date-invalid = Escriba una fecha real, por ejemplo 14 3 1985 para el 14 de marzo de 1985
error-date-year = Escriba el año con 4 cifras, por ejemplo 1985
error-date-future = La fecha de nacimiento tiene que ser del pasado
error-legal-aid-unknown = No encontramos a ningún trabajador de asistencia legal con este correo electrónico. Confírmelo con su oficina de asistencia legal.
error-sharing-days = Elija por cuánto tiempo puede ver su historial
error-sid-missing = Escriba el número de identificación estatal (SID) de la persona
error-sid-unknown = Nadie en los registros tiene este número de identificación estatal. Revíselo e inténtelo de nuevo.

# Campos de formulario
field-date-day = Día
field-date-month = Mes
field-date-year = Año
field-dob = Fecha de nacimiento
field-dob-hint = Día, mes y año, por ejemplo 14 3 1985. Puede escribir el mes con letras, como marzo.
field-access-code = Código de acceso
field-access-code-hint = El código de la carta que le envió el estado, por ejemplo ACDE-FGHJ-KMNP
field-two-step-code = Código
field-two-step-code-hint = El código de 6 dígitos que muestra su aplicación ahora
field-two-step-sign-in-hint = El código de 6 dígitos de su aplicación de autenticación. Si no tiene su teléfono, use uno de sus códigos de recuperación.
field-legal-aid-email = Correo electrónico del trabajador de asistencia legal
field-legal-aid-email-hint = La dirección que usa en Mi Historial. Pregúntele si no está seguro.
field-sharing-days = ¿Por cuánto tiempo puede ver su historial?
field-sid = Número de identificación estatal (SID)
field-sid-hint = Como aparece en los registros del estado, por ejemplo PA1000001
field-letter-language = Segundo idioma de la carta

# Página de la cuenta
account-title = Su cuenta
account-heading = Su cuenta
account-role = Tipo de cuenta
account-two-step = Inicio de sesión en dos pasos
account-two-step-on = Activado
account-two-step-off = Desactivado
account-manage-two-step = Inicio de sesión en dos pasos y códigos de recuperación
account-link-record = Vincular su historial con el código de una carta
account-sharing = Compartir su historial con asistencia legal
account-views = Ver quién ha consultado su historial
# El idioma en que escribimos a la persona (correos), guardado en la cuenta
account-language-heading = Idioma
account-language-lead = Le escribimos en este idioma: los correos sobre su cuenta y sus reclamos. Las páginas lo usan cuando inicia sesión.
account-language-field = Idioma de los correos y las páginas
account-language-save = Guardar idioma
account-language-saved = Guardado. Le escribiremos en este idioma.

# Inicio de sesión en dos pasos
two-step-setup-title = Activar el inicio de sesión en dos pasos
two-step-setup-heading = Activar el inicio de sesión en dos pasos
two-step-required = Su cuenta puede ver los historiales de otras personas, así que debe usar el inicio de sesión en dos pasos. Actívelo para continuar.
two-step-setup-lead = Con el inicio de sesión en dos pasos, necesita su contraseña y un código de una aplicación en su teléfono. Aunque alguien sepa su contraseña, no podrá entrar.
two-step-setup-step-app = Instale una aplicación de autenticación en su teléfono, si no tiene una. La mayoría son gratuitas, por ejemplo Google Authenticator, Microsoft Authenticator o FreeOTP.
two-step-setup-step-scan = En la aplicación, agregue una cuenta y escanee este código:
two-step-qr-alt = Código QR para su aplicación de autenticación. Si no puede escanearlo, escriba la clave que aparece debajo.
two-step-setup-or-type = Si no puede escanear el código, escriba esta clave en la aplicación:
two-step-setup-step-code = Escriba el código de 6 dígitos que la aplicación muestra ahora para Mi Historial.
two-step-setup-submit = Activar el inicio de sesión en dos pasos
two-step-title = Inicio de sesión en dos pasos
two-step-heading = Inicio de sesión en dos pasos
two-step-is-on = El inicio de sesión en dos pasos está activado. Al iniciar sesión, escribe su contraseña y luego un código de su aplicación.
two-step-recovery-heading = Códigos de recuperación
two-step-codes-left = { $count ->
    [one] Le queda 1 código de recuperación. Cada uno sirve una vez, si no puede usar su aplicación.
   *[other] Le quedan { $count } códigos de recuperación. Cada uno sirve una vez, si no puede usar su aplicación.
}
two-step-new-codes = Crear nuevos códigos de recuperación
two-step-off-heading = Desactivar el inicio de sesión en dos pasos
two-step-off-lead = Su cuenta será menos segura: bastará su contraseña para entrar. Escriba un código de su aplicación para desactivarlo.
two-step-off-submit = Desactivar el inicio de sesión en dos pasos
recovery-codes-title = Sus códigos de recuperación
recovery-codes-heading = Sus códigos de recuperación
recovery-codes-lead = Si pierde su teléfono, cada uno de estos códigos le permite entrar una vez en lugar de un código de su aplicación. Anótelos o imprima esta página, y guárdelos en un lugar seguro.
recovery-codes-once = Solo mostramos estos códigos esta vez. Los códigos de recuperación que tenía antes ya no sirven.
recovery-codes-done = Ya guardé mis códigos
two-step-sign-in-title = Escriba su código
two-step-sign-in-heading = Escriba el código de su aplicación
two-step-sign-in-submit = Continuar

# Cambio de contraseña
reset-title = Cambiar su contraseña
reset-heading = Cambiar su contraseña
reset-lead = Escriba el correo electrónico de su cuenta. Le enviaremos un enlace para elegir una contraseña nueva.
reset-submit = Enviar el enlace
reset-sent = Si existe una cuenta con ese correo electrónico, le enviamos un enlace para elegir una contraseña nueva. El enlace sirve durante 1 hora. Si no lo ve, revise su carpeta de correo no deseado.
reset-link-invalid-heading = Este enlace no funciona
reset-link-invalid-body = Puede que ya se haya usado o que tenga más de una hora. Pida un enlace nuevo desde la página de inicio de sesión.
new-password-title = Elija una contraseña nueva
new-password-heading = Elija una contraseña nueva
new-password-submit = Guardar la contraseña nueva

# Vincular un historial
link-title = Vincular su historial
link-heading = Vincular su historial a esta cuenta
link-lead = Escriba el código de acceso de la carta que le envió el estado y su fecha de nacimiento. Comprobamos que coincidan antes de mostrarle un historial.
link-submit = Vincular mi historial
link-no-letter-heading = ¿No tiene carta?
link-no-letter-body = Pida un código de acceso al historial a la oficina de antecedentes penales del estado. Se lo envían por correo a la dirección que tienen de usted. Las oficinas de asistencia legal pueden ayudarle a pedirlo.
record-link-button = Vincular mi historial con un código de acceso
record-no-letter = ¿No tiene carta? Pida un código de acceso al historial a la oficina de antecedentes penales del estado. Las oficinas de asistencia legal pueden ayudarle a pedirlo.
record-share-link = Compartir mi historial con asistencia legal
record-views-link = Quién ha consultado mi historial

# Compartir con asistencia legal
sharing-title = Compartir su historial con asistencia legal
sharing-heading = Compartir su historial con asistencia legal
sharing-lead = Un trabajador de asistencia legal puede ayudarle a entender su historial, pedir a un tribunal que limpie más partes o corregir errores. Usted decide quién lo ve y por cuánto tiempo, y puede detenerlo en cualquier momento.
sharing-current-heading = Quién puede ver su historial ahora
sharing-none = Ningún trabajador de asistencia legal puede ver su historial.
sharing-until = Desde el { $since } hasta el { $until }
sharing-revoke = Dejar de compartir
sharing-revoke-label = Dejar de compartir con { $name }
sharing-add-heading = Compartir con un trabajador de asistencia legal
sharing-days-option = { $days } días
sharing-submit = Compartir mi historial

# Quién ha consultado mi historial
views-title = Quién ha consultado su historial
views-heading = Quién ha consultado su historial
views-lead = Cada vez que alguien abre su historial en Mi Historial, anotamos quién fue y cuándo. Esta lista no se puede cambiar.
views-none = Nadie ha consultado su historial todavía.
views-none-others = Nadie más ha consultado su historial.
views-when = Cuándo
views-who = Quién
views-role = Función
views-organisation = Organización
views-you = Usted
views-unnamed = Nombre no registrado
views-include-own = Incluir las veces que lo consulté yo
views-show = Mostrar
views-count-others = { $count ->
    [one] Alguien más consultó su historial una vez.
   *[other] Otras personas consultaron su historial { $count } veces.
}
views-count-all = { $count ->
    [one] Su historial se consultó una vez, contando las veces que lo consultó usted.
   *[other] Su historial se consultó { $count } veces, contando las veces que lo consultó usted.
}
views-pages = Páginas de la lista
views-page-of = Página { $page } de { $pages }
views-newer = Más recientes
views-older = Anteriores

# Asistencia legal: clientes
clients-title = Mis clientes
clients-heading = Mis clientes
clients-lead = Estas personas le permiten ver su historial. Cada una decide por cuánto tiempo y puede detenerlo en cualquier momento. Cada vez que abre un historial, la persona puede ver que lo hizo.
clients-none = Ahora mismo nadie comparte su historial con usted.
clients-name = Nombre
clients-until = Se puede ver hasta
client-record-heading = Historial de { $name }
client-record-consent = { $name } le permite ver este historial hasta el { $date }. Puede ver que usted lo abrió.

# Administración: códigos de acceso al historial
admin-title = Administración
admin-heading = Administración
admin-code-heading = Emitir un código de acceso al historial
admin-code-lead = Una persona necesita un código de acceso para vincular su historial a su cuenta. Al emitir un código nuevo, deja de servir cualquier código anterior sin usar de esa persona. El código se muestra una sola vez, en una carta para imprimir y enviar por correo.
admin-code-submit = Emitir un código y mostrar la carta
admin-imports-heading = Importaciones del extracto del estado
admin-imports-lead = Cada importación carga en Mi Historial el extracto de antecedentes penales del estado, todo o nada. Para hacer una en el servidor: myrecord import ARCHIVO
admin-imports-none = Todavía no se ha importado nada.
admin-imports-file = Archivo
admin-imports-as-of = Fecha de los datos
admin-imports-when = Importado
admin-people = Personas
admin-charges = Cargos
admin-runs-heading = Revisiones de limpieza
admin-runs-lead = Una revisión aplica a los antecedentes las reglas en vigor, sella lo que la ley limpia y escribe el aviso de cada agencia. Para revisar a todos en el servidor: myrecord clearance run --rules pa-act56. Cuando un revisor corrige un historial, esa persona se revisa de nuevo en el acto.
admin-runs-none = Todavía no se ha hecho ninguna revisión de limpieza.
admin-runs-run = Revisión
admin-runs-rules = Reglas
admin-runs-when = Cuándo
admin-runs-counts = Qué encontró
admin-runs-everyone = Todos
admin-runs-one-person = Una persona, después de una corrección
admin-runs-rules-value = La { $law }, con fecha del { $date }
admin-runs-started = Empezó el { $when }
admin-runs-finished = terminó el { $when }
admin-runs-unfinished = sin terminar: sigue en curso o se detuvo antes del final
admin-runs-count-values = { $people_n ->
        [one] { $people } persona
       *[other] { $people } personas
    }, { $charges_n ->
        [one] { $charges } cargo
       *[other] { $charges } cargos
    }: { $cleared } limpiados ({ $sealed } recién sellados), { $waiting } en espera, { $not_cleared } no limpiados
letter-title = Carta con el código de acceso al historial
letter-heading = Carta para imprimir y enviar
letter-shown-once = Es la única vez que se muestra el código: solo se guarda en forma cifrada. Imprima la carta ahora. Si vuelve a cargar esta página, se emite un código nuevo.
letter-print-hint = La carta se imprime en inglés y en { $language }.
letter-back = Volver a administración
letter-sender = Oficina de antecedentes penales del estado
letter-reference = Referencia: { $sid }. Fecha: { $date }.
letter-subject = Su código para ver sus antecedentes penales en línea
letter-greeting = Estimado/a { $name }:
letter-why = Puede ver sus antecedentes penales en línea, en palabras sencillas, con Mi Historial. Puede ver qué partes limpió la ley Clean Slate, cuándo se podrían limpiar otras y cómo avisar de un error. Para proteger su privacidad, necesita este código para vincular su historial a su cuenta.
letter-code-label = Su código de acceso al historial:
letter-expires = El código sirve una vez, hasta el { $date }.
letter-step-go = Vaya a { $link }
letter-step-account = Inicie sesión o cree una cuenta con su correo electrónico.
letter-step-code = Escriba el código de arriba y su fecha de nacimiento.
letter-keep-safe = Guarde esta carta en privado: con ella, otra persona podría ver su historial.
letter-not-expected = Si no esperaba esta carta, no tiene que hacer nada. El código deja de servir por sí solo.

# Correos electrónicos (texto sin formato)
email-reset-subject = Elija una contraseña nueva para Mi Historial
email-reset-body =
    Alguien pidió cambiar la contraseña de su cuenta de Mi Historial.

    Para elegir una contraseña nueva, abra este enlace. Sirve una vez, durante 1 hora:
    { $link }

    Si no fue usted, no tiene que hacer nada: su contraseña no ha cambiado.
email-change-link-subject = Confirme su nuevo correo para My Record
email-change-link-body =
    Alguien (probablemente usted) pidió usar esta dirección para entrar en My Record.

    Para confirmarlo, abra este enlace. Sirve una sola vez, durante 24 horas:
    { $link }

    Hasta que lo confirme, su cuenta sigue con el correo anterior. Si no fue usted, no tiene que hacer nada.
email-change-warning-subject = Se está cambiando el correo de su cuenta de My Record
email-change-warning-body =
    Alguien entró en su cuenta de My Record y pidió cambiar su correo por otra dirección. El cambio solo se hace cuando se abre el enlace enviado a la nueva dirección.

    Si fue usted, no tiene que hacer nada.

    Si no fue usted, elija una contraseña nueva ahora, para que no puedan volver a entrar:
    { $reset }
email-change-taken-subject = Esta dirección ya tiene una cuenta de My Record
email-change-taken-body =
    Alguien (probablemente usted) pidió pasar una cuenta de My Record a esta dirección de correo. Esta dirección ya tiene su propia cuenta, así que no cambió nada.

    Si quiere usar esta dirección, entre en la cuenta que ya tiene. Si no fue usted, no tiene que hacer nada.
email-account-closed-subject = Su cuenta de My Record está cerrada
email-account-closed-body =
    Su cuenta de My Record está cerrada. Ya no puede entrar y no le enviaremos más correos.

    El estado sigue guardando sus antecedentes penales como antes: cerrar la cuenta no los cambia. La agencia sigue respondiendo a los errores que reportó; escríbales o llámeles con el número de referencia. Los trabajadores de asistencia legal a quienes dejó ver su historial ya no pueden verlo.

    Para volver a usar My Record, cree una cuenta nueva y pida una carta nueva.
email-welcome-subject = Su cuenta de Mi Historial
email-welcome-body =
    Un administrador creó una cuenta de Mi Historial para usted ({ $role }).

    Para elegir su contraseña, abra este enlace. Sirve una vez, durante 7 días:
    { $link }

    La primera vez que inicie sesión, activará el inicio de sesión en dos pasos con una aplicación de autenticación en su teléfono.

# Crear una cuenta: se confirma el correo antes de que exista la cuenta
register-sent-heading = Revise su correo electrónico
register-sent-body = Enviamos un correo a la dirección que nos dio. Abra el enlace que contiene en las próximas 24 horas para terminar de crear su cuenta. Si ya tiene una cuenta con esa dirección, el correo le explica cómo iniciar sesión.
register-sent-spam = Si no ve el correo en unos minutos, busque en la carpeta de correo no deseado.
register-confirm-title = Termine de crear su cuenta
register-confirm-heading = Termine de crear su cuenta
register-confirm-lead = Pulse el botón para crear su cuenta. Quedará con la sesión iniciada.
register-confirm-submit = Crear mi cuenta
register-link-invalid-heading = Este enlace no funciona
register-link-invalid-body = Puede que ya se haya usado o que tenga más de 24 horas. Vuelva a crear su cuenta, o inicie sesión si ya tiene una.
error-too-many-registrations = Ya enviamos varios correos a esta dirección. Espere una hora y vuelva a intentarlo.
email-register-subject = Termine de crear su cuenta de Mi Historial
email-register-body =
    Alguien (probablemente usted) empezó a crear una cuenta de Mi Historial con esta dirección de correo.

    Para terminar, abra este enlace. Sirve una vez, durante 24 horas:
    { $link }

    Si no fue usted, no tiene que hacer nada: no se crea ninguna cuenta sin este enlace.
email-account-exists-subject = Ya tiene una cuenta de Mi Historial
email-account-exists-body =
    Alguien (probablemente usted) intentó crear una cuenta de Mi Historial con esta dirección de correo, pero ya existe una cuenta con ella.

    Para iniciar sesión, vaya a:
    { $sign_in }

    Si olvidó su contraseña, elija una nueva aquí:
    { $reset }

    Si no fue usted, no tiene que hacer nada: nada ha cambiado.
