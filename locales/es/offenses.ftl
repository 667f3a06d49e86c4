# Delitos y leyes en palabras sencillas, nombrados por los catálogos de los paquetes de reglas
# (clearance/packs/*.toml). Cada id que use un paquete debe estar aquí y en los demás idiomas.

# Leyes
law-pa-act56 = ley Clean Slate de Pensilvania (Ley 56 de 2018)
law-pa-cs3 = ley Clean Slate de Pensilvania, con los cambios de 2020 y 2023
law-ca-prop64 = Proposición 64 de California (alivio para condenas anteriores por cannabis)
law-mi-cleanslate = ley Clean Slate de Míchigan (anulación automática)

# Lo que significa un remedio según la ley de un paquete (`remedy_messages`).
remedy-meaning-pa-seal = Sellado significa que la mayoría de los empleadores y arrendadores que revisan sus antecedentes no lo ven. La policía y los tribunales sí pueden verlo. Cuando una solicitud pregunte por sus antecedentes, puede responder como si esto no hubiera ocurrido (18 Pa.C.S. § 9122.5).
remedy-meaning-pa-expunge = Eliminado significa que el registro se destruye. Las verificaciones de antecedentes no lo muestran y puede responder cualquier pregunta sobre esto como si no hubiera ocurrido.

# De qué depende una entrada que todavía espera según cada regla ({ $date } es cuándo se puede limpiar).
waiting-pa-act56-pardon = Esto se puede limpiar el { $date }, la fecha del indulto.
waiting-pa-act56-non-conviction = Esto se limpiará el { $date }: la ley espera 30 días después de que un caso termina sin condena.
waiting-pa-act56-summary = Esto se puede limpiar el { $date }, diez años después de la condena.
waiting-pa-act56-misdemeanor = { $reader ->
    [other] Esto se puede limpiar el { $date } si antes de esa fecha la persona no recibe una condena por un delito que pueda castigarse con un año o más de prisión. Una condena así haría que los diez años empiecen de nuevo.
   *[self] Esto se puede limpiar el { $date } si antes de esa fecha no recibe una condena por un delito que pueda castigarse con un año o más de prisión. Una condena así haría que los diez años empiecen de nuevo.
}

waiting-pa-cs3-pardon = Esto se puede limpiar el { $date }, la fecha del indulto.
waiting-pa-cs3-non-conviction = Esto se limpiará el { $date }: la ley espera 30 días después de que un caso termina sin condena.
waiting-pa-cs3-summary = Esto se puede limpiar el { $date }, cinco años después de la condena.
waiting-pa-cs3-misdemeanor = { $reader ->
    [other] Esto se puede limpiar el { $date } si antes de esa fecha la persona no recibe una condena por un delito que pueda castigarse con un año o más de prisión. Una condena así haría que los siete años empiecen de nuevo.
   *[self] Esto se puede limpiar el { $date } si antes de esa fecha no recibe una condena por un delito que pueda castigarse con un año o más de prisión. Una condena así haría que los siete años empiecen de nuevo.
}
waiting-pa-cs3-drug-felony = { $reader ->
    [other] Esto se puede limpiar el { $date } si antes de esa fecha la persona no recibe una condena por un delito que pueda castigarse con un año o más de prisión. Una condena así haría que los diez años empiecen de nuevo.
   *[self] Esto se puede limpiar el { $date } si antes de esa fecha no recibe una condena por un delito que pueda castigarse con un año o más de prisión. Una condena así haría que los diez años empiecen de nuevo.
}
waiting-ca-prop64 = Esto se puede cambiar el { $date }, el día en que empezó la nueva ley del cannabis.
waiting-mi-cleanslate-felony = Esto se puede anular el { $date }: diez años después de la sentencia, o después de salir de prisión si fue más tarde.
waiting-mi-cleanslate-misdemeanor = Esto se puede anular el { $date }, siete años después de la sentencia.

# Pensilvania, Título 18: delitos
offense-simple-assault = Agresión simple (lastimar a alguien, o intentarlo o amenazar con hacerlo)
offense-aggravated-assault = Agresión agravada (lastimar gravemente a alguien, o intentarlo)
offense-harassment = Acoso (golpear, amenazar o molestar repetidamente a alguien)
offense-indecent-exposure = Exhibicionismo (mostrar sus partes íntimas donde otros pueden verlas)
offense-sexual-intercourse-with-animal = Actos sexuales con un animal
offense-criminal-mischief = Daños a la propiedad (dañar bienes de otra persona)
offense-burglary = Robo con allanamiento (entrar en un edificio para cometer un delito allí)
offense-criminal-trespass = Allanamiento (entrar en un edificio o lugar sin permiso)
offense-theft-by-unlawful-taking = Hurto (llevarse bienes de otra persona)
offense-receiving-stolen-property = Recepción de bienes robados (tener o comprar cosas sabiendo que eran robadas)
offense-retail-theft = Hurto en una tienda
offense-forgery = Falsificación (hacer o usar un documento o una firma falsos)
offense-access-device-fraud = Fraude con tarjeta de crédito o débito
offense-endangering-welfare-of-children = Poner en peligro el bienestar de un menor (un padre, una madre o un cuidador que pone en peligro a un niño)
offense-failure-to-register = No inscribirse como delincuente sexual, o no mantener la inscripción al día
offense-failure-to-register-subchapter-i = No inscribirse como delincuente sexual (delitos más antiguos, inscritos según el Subcapítulo I)
offense-resisting-arrest = Resistencia al arresto
offense-weapons-for-escape = Tener herramientas o armas para escapar de la cárcel
offense-disorderly-conduct = Alteración del orden público (pelear, hacer ruido excesivo o causar disturbios)
offense-public-drunkenness = Embriaguez en público (estar ebrio en público y ser un peligro o una molestia para otros)
offense-abuse-of-corpse = Profanación de un cadáver
offense-paramilitary-training = Entrenamiento paramilitar (entrenar a personas a usar armas para causar desórdenes)
offense-cruelty-to-animals = Crueldad con los animales
offense-firearms-without-license = Portar un arma de fuego sin licencia
offense-corruption-of-minors = Corrupción de menores (un adulto que anima a un menor a cometer un delito o a hacer algo dañino)
offense-underage-alcohol = Comprar, tener o beber alcohol siendo menor de 21 años
offense-sexual-abuse-of-children = Abuso sexual de menores (hacer, tener o compartir imágenes sexuales de menores)
offense-unlawful-contact-with-minor = Contacto ilegal con un menor (contactar a un menor para cometer un delito sexual)
offense-sexual-exploitation-of-children = Explotación sexual de menores
offense-invasion-of-privacy = Invasión de la privacidad (observar o grabar en secreto a alguien que está desvestido)
offense-criminal-use-of-communication-facility = Usar un teléfono, el correo o internet para cometer o ayudar a cometer un delito grave

# Pensilvania, Título 35: drogas
offense-possession-of-controlled-substance = Tener una droga ilegal
offense-possession-with-intent-to-deliver = Tener una droga ilegal para venderla o dársela a otros
offense-small-amount-of-marijuana = Tener una pequeña cantidad de marihuana para uso propio (30 gramos o menos)
offense-drug-paraphernalia = Tener parafernalia para drogas (objetos para consumir drogas)

# Pensilvania, Título 75: vehículos
offense-driving-while-suspended = Conducir con la licencia suspendida o revocada
offense-leaving-scene-property-damage = Irse del lugar de un accidente que dañó un vehículo o una propiedad sin detenerse a dar sus datos
offense-dui = Conducir bajo los efectos del alcohol o de drogas (DUI)
