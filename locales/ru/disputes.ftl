# Жалобы: сообщить, что запись неверна, следить за жалобой; страницы и письма специалиста ведомства.

nav-disputes = Мои жалобы
nav-review = Очередь жалоб

# На странице досье
charge-dispute = Что-то не так с этой записью?
charge-dispute-label = Что-то не так с этой записью: { $offense }?
charge-corrected = Исправлено { $date } после жалобы { $reference }.
record-disputes-link = Мои жалобы
record-wrong-heading = { $reader ->
    [self] В вашем досье что-то не так?
   *[other] В этом досье что-то не так?
}
record-wrong-body = Если ошибка в записи, нажмите ссылку под ней. Если не так что-то другое — например, запись должна была быть очищена, — сообщите нам здесь.
record-wrong-link = Сообщить об ошибке во всём досье
case-record-note = Вы видите это досье из-за жалобы { $reference }. Каждый раз, когда вы его открываете, человек это видит.

# Шаги жалобы
dispute-caption = Сообщить об ошибке
dispute-continue = Продолжить
dispute-about-entry = Запись, о которой вы сообщаете:
dispute-about-whole = Вы сообщаете о том, что касается всего досье.
dispute-kind-title = Что не так?
dispute-kind-heading = Что не так?
dispute-kind-legend = Выберите самый подходящий вариант
dispute-kind-not-me = Это не моя запись
dispute-kind-outcome-wrong = Исход дела указан неверно или не указан
dispute-kind-date-wrong = Неверная дата
dispute-kind-should-be-cleared = Эта запись должна была быть очищена
dispute-kind-duplicate = Запись повторяется
dispute-kind-other = Другое
dispute-details-title = Расскажите подробнее
dispute-details-heading = Расскажите подробнее
dispute-statement-hint = Объясните своими словами, что не так.
dispute-statement-hint-not-me = Например: в тот день вас не арестовывали, или имя либо дата рождения принадлежат другому человеку.
dispute-statement-hint-outcome-wrong = Например: дело по обвинению было прекращено или вы прошли программу, но в досье написано другое или ничего не написано.
dispute-statement-hint-date-wrong = Укажите, какая дата неверна, и, если знаете, правильную дату.
dispute-statement-hint-should-be-cleared = Объясните, почему, по-вашему, запись должна была быть очищена: например, вы выплатили всё, что были должны.
dispute-statement-hint-duplicate = Укажите, какие записи относятся к одному и тому же делу.
dispute-statement-hint-other = Объясните своими словами, что не так.
field-dispute-statement = Что не так?
field-dispute-statement-hint = До 5000 символов. Документы можно добавить на следующей странице.
field-dispute-correct-value = Как должно быть написано? (необязательно)
field-dispute-correct-value-hint = Например, правильный исход дела или правильная дата.
dispute-documents-title = Добавить документы
dispute-documents-heading = Добавьте документы (необязательно)
dispute-documents-lead = Документы помогают специалисту быстрее принять решение: например, постановление суда, квитанция об оплате или справка о прохождении программы. Можно добавить до 10 документов, по одному.
dispute-documents-added = Добавленные документы
dispute-document-remove = Удалить
dispute-document-remove-label = Удалить { $name }
dispute-document-add = Добавить этот документ
field-document = Выберите документ
field-document-optional = Добавьте документ (необязательно)
field-document-hint = Файл PDF, JPG или PNG, до 10 МБ. Подойдёт чёткое фото бумажного документа.
document-size = { $kb } КБ
dispute-check-title = Проверьте ответы
dispute-check-heading = Проверьте ответы перед отправкой
dispute-check-kind = Что не так
dispute-check-statement = Что вы нам сообщили
dispute-filed-by = { $reader ->
    [self] Кто подал жалобу за вас
   *[other] Кто подал жалобу
}
dispute-statement-worker = Что сообщил сотрудник юридической помощи
dispute-statement-person = { $reader ->
    [self] Что вы нам сообщили
   *[other] Что сообщил человек
}
dispute-check-correct-value = Как должно быть написано
dispute-check-documents = Документы
dispute-check-none = Нет
dispute-change = Изменить
dispute-change-label = Изменить: { $what }
dispute-check-send-heading = Теперь отправьте жалобу
dispute-check-send-body = Отправляя жалобу, вы подтверждаете, что всё, что вы сообщили, насколько вам известно, правда. Специалист ведомства прочитает её и проверит досье.
dispute-submit = Отправить жалобу
dispute-confirmation-title = Жалоба отправлена
dispute-confirmation-heading = Жалоба отправлена
dispute-confirmation-reference = Номер вашей жалобы:
dispute-confirmation-next-heading = Что будет дальше
dispute-confirmation-next = Специалист ведомства проверит досье и ответит до { $date }. Возможно, он попросит у вас дополнительные сведения.
dispute-confirmation-email = Мы будем писать вам на почту каждый раз, когда статус изменится. Сохраните номер жалобы: назовите его, если будете звонить.
dispute-confirmation-follow = Следить за жалобой

# Мои жалобы и одна жалоба
disputes-title = Мои жалобы
disputes-heading = Мои жалобы
disputes-lead = Ошибки, о которых вы сообщили, и что сейчас с каждой из них.
disputes-lead-clients = Ошибки в досье ваших клиентов, о которых сообщили вы или сами клиенты, и что сейчас с каждой из них.
disputes-filed-by = Кто подал
disputes-filed-by-you = Вы
disputes-filed-by-client = Ваш клиент
disputes-none = Вы ещё не сообщали об ошибках.
disputes-none-clients = Об ошибках в досье ваших клиентов пока никто не сообщал.
disputes-reference = Номер
disputes-kind = Что не так
disputes-sent = Дата отправки
disputes-status = Статус
disputes-from-record = Сообщить об ошибке в вашем досье
disputes-from-clients = Сообщить об ошибке в досье клиента
dispute-detail-heading = Жалоба { $reference }
dispute-due = Срок ответа
dispute-timeline-heading = Что уже произошло
dispute-status-submitted = Отправлена
dispute-status-in-review = На рассмотрении
dispute-status-info-requested = Нужны дополнительные сведения
dispute-status-corrected = Исправлено
dispute-status-not-changed = Без изменений
dispute-status-submitted-meaning = Ваша жалоба у нас. Специалист скоро её рассмотрит.
dispute-status-in-review-meaning = Специалист проверяет досье.
dispute-status-info-requested-meaning = Специалисту нужны от вас дополнительные сведения. Ответьте ниже.
dispute-status-corrected-meaning = Досье исправлено. Ниже специалист объясняет, что изменилось.
dispute-status-not-changed-meaning = Специалист решил, что досье верное, и не стал его менять. Причина указана ниже.
dispute-event-submitted = Жалоба отправлена
dispute-event-review-started = Специалист начал рассмотрение
dispute-event-info-requested = Специалист запросил дополнительные сведения
dispute-event-info-given = Дополнительные сведения отправлены
dispute-event-corrected = Досье исправлено
dispute-event-not-changed = Досье не изменено
dispute-event-reviewer-said = Специалист написал:
dispute-event-you-said = Написано вместе с жалобой:
dispute-documents-continue-hint = Когда добавите все документы, нажмите «Продолжить». Если вы выбрали документ, но ещё не добавили его, он добавится, когда вы продолжите.
dispute-question-heading = Что спросил у вас специалист
dispute-reply-heading = Отправьте запрошенные сведения
field-dispute-reply = Ваш ответ
dispute-reply-submit = Отправить ответ

# Ошибки
error-dispute-kind-missing = Выберите, что не так
error-dispute-entry-unknown = Этой записи нет в досье, о котором вы можете сообщить. Вернитесь к досье и нажмите ссылку под записью.
error-dispute-statement-missing = Расскажите, что не так
error-dispute-statement-too-long = Здесь можно написать не больше 5000 символов
error-dispute-correct-value-too-long = Здесь можно написать не больше 500 символов
error-dispute-signed-out = Вы долго ничего не делали, и мы завершили сеанс. То, что вы ввели, сохранено ниже: войдите снова в новой вкладке или окне, затем вернитесь сюда и ещё раз нажмите «Продолжить».
error-dispute-form-expired = Срок действия формы истёк: так мы защищаем вашу безопасность. Проверьте ответы и отправьте жалобу ещё раз.
error-dispute-reply-missing = Напишите ответ
error-dispute-not-waiting = Специалист больше не ждёт ответа по этой жалобе.
error-document-missing = Выберите документ, который нужно добавить
error-document-type = Документ должен быть файлом PDF, JPG или PNG
error-document-too-big = Документ должен быть меньше 10 МБ
error-document-empty = Документ пустой. Выберите другой файл.
error-document-too-many = Можно добавить не больше 10 документов
error-dispute-too-many-drafts = Вы начали столько жалоб без отправки, сколько возможно. Сначала отправьте или закончите одну из них. Неотправленные жалобы удаляются через 30 дней.
error-document-no-room = В этом аккаунте больше нет места для документов. Удалите ненужный документ из неотправленной жалобы или спросите в службе уголовных досье, как отправить его по-другому.
error-document-unreadable = Не удалось прочитать документ. Попробуйте ещё раз или выберите другой файл.

# Страницы специалиста
review-title = Очередь жалоб
review-heading = Очередь жалоб
review-count = { $count ->
    [0] Открытых жалоб нет.
    [one] { $count } открытая жалоба, из них просрочено: { $overdue }.
    [few] { $count } открытые жалобы, из них просрочено: { $overdue }.
    [many] { $count } открытых жалоб, из них просрочено: { $overdue }.
   *[other] { $count } открытой жалобы, из них просрочено: { $overdue }.
}
review-none = Ничего не ждёт рассмотрения.
review-due = Срок
review-overdue = Просрочено
review-person = Досье: { $name }
review-whole-record = Посмотреть всё досье
review-decide-heading = Решение
review-start = Начать рассмотрение
review-correct-heading = Исправить досье
review-correct-hint = В полях показана запись в её нынешнем виде. Измените то, что неверно; прежние значения сохранятся в истории досье.
review-correct-submit = Проверить исправление
review-check-title = Проверьте исправление
review-check-lead = Пока ничего не изменено. Проверьте каждое изменение по жалобе { $reference } и сообщение, которое прочитает человек, затем примените исправление.
review-check-changes = Что изменится
review-check-field = Поле
review-check-now = Сейчас
review-check-after = После исправления
review-check-no-date = Без даты (дело не закрыто)
review-check-on-record = В досье
review-check-on-record-field = Указано в досье
review-check-struck = Удалено из досье
review-check-apply = Применить исправление
review-check-edit = Вернуться и изменить
review-info-heading = Запросить дополнительные сведения
review-info-submit = Отправить запрос
review-decline-heading = Не менять досье
review-decline-submit = Отклонить по этой причине
review-language = Язык
review-write-in = Жалоба подана на языке: { $language }. Пишите свои сообщения и причину решения на этом же языке ({ $language }): человек прочитает их в точности так, как вы напишете.
field-review-disposition = Исход дела
field-review-disposition-date = Дата исхода дела
field-review-disposition-date-hint = Оставьте пустым, если дело ещё не закрыто.
field-review-grade = Категория
field-review-restitution = Невыплаченное возмещение ущерба, в долларах
field-review-restitution-hint = Например, 0 или 450,00
field-review-strike = Удалить эту запись из досье человека (она относится к другому человеку или повторяется)
field-review-correction-message = Что исправлено — для человека
field-review-info-message = Какие сведения нужны от человека
field-review-decline-message = Почему досье верное — для человека
field-review-message-hint = Человек прочитает этот текст. Пишите просто, без внутренних кодов.
error-review-correction-missing = Объясните человеку, что исправлено
error-review-request-missing = Напишите, какие сведения вам нужны
error-review-reason-missing = Укажите, почему досье не меняется
error-review-nothing-changed = Ничего не изменено. Измените значение или отклоните жалобу.
error-review-restitution = Введите сумму в долларах, например 0 или 450,00
notice-dispute-updated = Жалоба обновлена. Человек получит уведомление по почте.
notice-dispute-updated-not-reviewed = Запись исправлена, человек получит уведомление по почте. Решение об очистке сейчас пересчитать не удалось: это сделает следующий прогон очистки.
disposition-name-convicted = Осуждение
disposition-name-dismissed = Дело прекращено
disposition-name-withdrawn = Обвинение отозвано
disposition-name-nolle-prossed = Отказ от обвинения (nolle prossed)
disposition-name-acquitted = Оправдательный приговор
disposition-name-diverted = Программа diversion пройдена
disposition-name-pardoned = Помилование
disposition-name-pending = Дело не закрыто
disposition-name-unknown = Неизвестно

# Письма о жалобе
email-dispute-received-subject = Мы получили вашу жалобу { $reference }
email-dispute-received-body =
    Мы получили вашу жалобу на ошибку в уголовном досье. Её номер: { $reference }.

    Специалист ведомства проверит досье и ответит до { $date }. Мы будем писать вам каждый раз, когда статус жалобы изменится.

    Следить за жалобой можно здесь: { $link }
email-dispute-in-review-subject = Ваша жалоба { $reference } на рассмотрении
email-dispute-in-review-body =
    Специалист начал рассматривать вашу жалобу { $reference }.

    Следить за жалобой можно здесь: { $link }
email-dispute-info-requested-subject = Для вашей жалобы { $reference } нужны дополнительные сведения
email-dispute-info-requested-body =
    Чтобы принять решение по вашей жалобе { $reference }, специалисту нужны дополнительные сведения. Он написал:

    { $message }

    Ответить можно здесь: { $link }
email-dispute-info-given-subject = Мы получили ваш ответ по жалобе { $reference }
email-dispute-info-given-body =
    Спасибо! Мы получили ваш ответ по жалобе { $reference }. Жалоба снова у специалиста: он посмотрит, что вы прислали.

    Следить за жалобой можно здесь: { $link }
email-dispute-corrected-subject = Ваше досье исправлено ({ $reference })
email-dispute-corrected-body =
    После вашей жалобы { $reference } досье исправлено. Специалист написал:

    { $message }

    Посмотреть досье и жалобу можно здесь: { $link }
email-dispute-not-changed-subject = Решение по вашей жалобе { $reference }
email-dispute-not-changed-body =
    Специалист рассмотрел вашу жалобу { $reference } и не стал менять досье. Он написал:

    { $message }

    Посмотреть жалобу можно здесь: { $link }
    Если вы не согласны, вам может помочь служба юридической помощи.
email-review-answer-subject = Пришёл ответ по жалобе { $reference }
email-review-answer-body =
    Пришёл ответ на ваш запрос дополнительных сведений по жалобе { $reference }. Жалоба снова в очереди на рассмотрение.

    Открыть её: { $link }
notice-dispute-already-decided = Решение по этой жалобе уже было принято, поэтому ничего не изменено.

# Скрытые записи, которые прогон очистки больше не очищает (/review/sealed), для специалистов.
unseal-title = Скрытые записи, которые нужно проверить
unseal-heading = Скрытые записи, которые нужно проверить
unseal-lead = Проверка показала, что действующий закон больше не очищает эти скрытые записи — например, после исправления или новой выгрузки. Ни одна из них не возвращена в открытый доступ. Возвращайте запись в открытый доступ, только если убедились, что она снова должна быть общедоступной: тогда об этом сообщат её суду и полиции.
unseal-none = Проверять нечего.
unseal-person = Человек
unseal-entry = Запись
unseal-sealed-under = Скрыта по правилу
unseal-now = Что говорит закон сейчас
unseal-flagged-on = Обнаружено
unseal-unseal = Вернуть в открытый доступ
unseal-keep = Оставить скрытой
unseal-back = Назад к очереди жалоб
unseal-done-unsealed = Запись снова в открытом доступе. Её суд и полиция получили уведомление.
unseal-done-kept = Запись остаётся скрытой.
unseal-done-already = Решение по этой записи уже принял кто-то другой.
review-sealed-link = Скрытые записи, которые нужно проверить
