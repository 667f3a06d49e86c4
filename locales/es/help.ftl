# La página de ayuda (/help): qué significan las palabras del historial, qué sella la ley, qué hacer.
help-title = Ayuda y las palabras de su historial
help-heading = Ayuda y las palabras de su historial
help-lead = Mi Historial muestra en lenguaje sencillo los antecedentes penales que el estado tiene sobre usted. Esta página explica las palabras que usa, qué sella la ley Clean Slate y qué puede hacer usted.
footer-help = Ayuda y las palabras de su historial

help-rules-heading = Qué sella la ley automáticamente
help-rules-lead = Mi Historial sigue la { $law }. El estado revisa todos los historiales periódicamente; nadie tiene que pedirlo. Esto es lo que sella, y cuándo:
help-rules-pa-act56-pardon = Un cargo indultado: de inmediato.
help-rules-pa-act56-non-conviction = Un cargo que no terminó en condena (desestimado, retirado, no procesado, declarado no culpable o terminado por un programa de desvío): 30 días después de la decisión del tribunal.
help-rules-pa-act56-summary = Una infracción sumaria, el tipo menos grave (por ejemplo, muchas citaciones por alteración del orden): 10 años después de la condena, una vez pagada la restitución que se deba por ella.
help-rules-pa-act56-misdemeanor = Un delito menor de segundo o tercer grado, o un delito menor castigado con dos años o menos: 10 años después de la condena, si desde entonces no ha habido ninguna condena castigada con un año o más (una nueva vuelve a empezar los 10 años), no se debe restitución por él y la persona no tiene ninguna condena por delito grave ni algunas otras condenas que lo impiden.
help-rules-pa-act56-not-covered = No se sellan automáticamente: los delitos graves y los delitos menores de primer grado; los delitos contra una persona, contra la familia, con armas de fuego, que exigen registro como agresor sexual, de crueldad con animales y de corrupción de menores; y cualquier cargo que el tribunal todavía no ha decidido.
help-rules-petition = Una entrada que la ley no sella automáticamente todavía se puede sellar o eliminar si se le pide a un tribunal. Una oficina de asistencia legal puede decirle si usted puede hacerlo.

help-words-heading = Palabras de su historial
help-word-charge = Cargo
help-word-charge-meaning = Un delito que la policía o la fiscalía dijo que alguien cometió. Un arresto puede tener varios cargos.
help-word-outcome = Resultado (disposición)
help-word-outcome-meaning = Lo que decidió el tribunal sobre un cargo.
help-word-conviction = Condena
help-word-conviction-meaning = El tribunal declaró culpable a la persona, o ella se declaró culpable o no se opuso a la acusación.
help-word-non-conviction = No es una condena
help-word-non-conviction-meaning = El cargo fue desestimado, retirado o no procesado («nolle prossed»), la persona fue declarada no culpable, o completó un programa de desvío que terminó el caso.
help-word-grade = Grado
help-word-grade-meaning = Qué tan grave dice la ley que es un delito: un delito grave (F1 es el más grave, luego F2 y F3), un delito menor (M1, M2, M3) o una infracción sumaria (S), la menos grave.
help-word-maximum = Pena máxima
help-word-maximum-meaning = La pena más larga que la ley permite para un delito, sea cual sea la pena que se impuso. La ley la usa para decidir qué se puede sellar.
help-word-sealed = Sellado
help-word-sealed-meaning = Oculto de las verificaciones públicas de antecedentes, como las que hacen la mayoría de los empleadores y arrendadores. Una entrada sellada no se destruye: la policía, los tribunales y algunas juntas de licencias todavía pueden verla.
help-word-waiting = Tiempo de espera
help-word-waiting-meaning = El tiempo que debe pasar después del resultado para que una entrada se pueda sellar.
help-word-restitution = Restitución
help-word-restitution-meaning = Dinero que un tribunal ordenó pagar a una víctima. Mientras se deba, algunas entradas no se pueden sellar.
help-word-sid = Número de identificación estatal (SID)
help-word-sid-meaning = El número que usa el estado para el historial de una persona. Está en la carta con su código de acceso al historial.
help-word-otn = Número de seguimiento (OTN)
help-word-otn-meaning = El número que se da a un arresto.
help-word-docket = Caso judicial
help-word-docket-meaning = El número que el tribunal dio al caso.

help-wrong-heading = Si algo está mal
help-wrong-text = Use «{ charge-dispute }» debajo de cualquier entrada de su historial, o reporte un error en todo el historial al final de él. Puede agregar documentos, como una orden judicial. La agencia debe responder en un plazo de { $days } días, y usted puede seguir su reclamo en «{ nav-disputes }».

help-more-heading = Cómo obtener ayuda y su privacidad
help-more-legal-aid = Un trabajador de asistencia legal puede revisar su historial con usted si usted lo permite, en «{ record-share-link }». Puede quitarle ese permiso cuando quiera.
help-more-privacy = Cada vez que alguien abre su historial en Mi Historial, queda anotado, y usted puede ver quién en «{ record-views-link }».
help-more-not-advice = Mi Historial explica su historial; no es asesoría legal.
