# Общедоступная страница статистики (/statistics). Только количества: ничего о конкретных людях.
statistics-title = Закон Clean Slate в цифрах
statistics-heading = Закон Clean Slate в цифрах
statistics-lead = Что сделала автоматическая очистка досье в штате и как быстро отвечают на жалобы об ошибках. Эту страницу может читать кто угодно.
statistics-clearance-heading = Записи, очищенные автоматически
statistics-no-review = Штат ещё не проверял досье на очистку.
statistics-latest-review = При последней проверке всех досье применялся закон { $law } в редакции на { $date }.
statistics-clearance-caption = Последняя проверка
statistics-what = Что считали
statistics-how-many = Сколько
statistics-people = Люди, о которых есть досье
statistics-charges = Обвинения в этих досье
statistics-cleared = Очищенные обвинения: скрыты от общедоступных проверок биографии
statistics-waiting = Обвинения, которые можно будет очистить позже, когда пройдёт срок ожидания
statistics-not-cleared = Обвинения, которые закон не очищает
statistics-cleared-share = Очищено { $percent }% всех обвинений.
statistics-sealed-in-all = { $count ->
    [one] С первой проверки скрыто { $number } обвинение. Скрытая запись не уничтожена: полиция, суды и некоторые органы, которые выдают лицензии, по-прежнему её видят.
    [few] С первой проверки скрыто { $number } обвинения. Скрытая запись не уничтожена: полиция, суды и некоторые органы, которые выдают лицензии, по-прежнему её видят.
    [many] С первой проверки скрыто { $number } обвинений. Скрытая запись не уничтожена: полиция, суды и некоторые органы, которые выдают лицензии, по-прежнему её видят.
   *[other] С первой проверки скрыто { $number } обвинения. Скрытая запись не уничтожена: полиция, суды и некоторые органы, которые выдают лицензии, по-прежнему её видят.
}
statistics-disputes-heading = Жалобы на ошибки
statistics-no-disputes = Пока никто не сообщал об ошибке в своём досье.
statistics-disputes-caption = Жалобы на ошибку в досье
statistics-disputes-received = Получено жалоб
statistics-disputes-corrected = Досье исправлено
statistics-disputes-not-changed = Досье признано верным и не изменено
statistics-disputes-open = Ещё рассматриваются
statistics-disputes-overdue = Ещё рассматриваются, хотя срок ведомства истёк
statistics-disputes-on-time = Жалоб, на которые ведомство ответило в срок: { $on_time } из { $decided } рассмотренных ({ $percent }%).
statistics-privacy = Здесь только количества. В них нет имён, дат рождения и подробностей дел, поэтому по ним нельзя узнать ни одного человека.
footer-statistics = Закон Clean Slate в цифрах
# Между группами из трёх цифр в больших числах (неразрывный пробел).
number-thousands-separator = {"\u00A0"}
# Между долларами и центами.
number-decimal-separator = ,
