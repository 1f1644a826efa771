# cohort-bot — українська.
# Повідомлення в розмітці: <b>, <i>, <code>, <a href="…">. Змінні екранує бот.
# Тут має бути кожен ключ із en.ftl: інакше тест не пройде.

language-name = Українська

## Спільні слова

value-none = —
value-yes = так
value-no = ні
cancelled = Скасовано. Нічого не змінено.
done = Готово.
usage-line = Використання: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] наставник
    [coordinator] координатор
   *[member] учасник
}
status-name = { $status ->
    [paused] на паузі
    [left] вийшов
    [archived] в архіві
   *[active] активний
}
field-cohort-name = назва когорти
field-languages = мови
field-region = регіон
field-themes = теми
field-topics = інтереси
field-about = текст «про себе»
button-cancel = Скасувати
button-archive-confirm = Так, в архів
button-forget-confirm = Так, видалити мої дані

## Помилки

error-internal = Вибачте, у мене щось пішло не так. Спробуйте ще раз за хвилину.
error-unknown-command = Я не знаю команди { $command }. Надішліть /help, щоб побачити, що я вмію.
error-unknown-command-suggest = Я не знаю команди { $command }. Можливо, ви мали на увазі { $suggestion }?
error-unknown-subcommand = «{ $sub }» — не те, що робить ця команда.
error-unknown-subcommand-suggest = «{ $sub }» — не те, що робить ця команда. Можливо, ви мали на увазі «{ $suggestion }»?
error-missing-subcommand = Цій команді потрібне слово, яке каже, що робити.
error-unclosed-quote = Лапки не закрито: додайте { $quote } у кінці тексту.
error-unknown-flag = Я не знаю параметра { $flag }.
error-flag-needs-value = Параметру { $flag } потрібне значення, наприклад { $flag }=значення.
error-missing-argument = Тут чогось бракує ({ $argument }).
error-unexpected-words = Я не очікував тут «{ $words }».
error-nothing-to-change = Скажіть, що змінити: вкажіть хоча б один параметр.
error-group-only = { $command } працює в груповому чаті, де є когорта.
error-no-cohort-here = У цьому чаті ще немає когорти. Адміністратор групи може створити її командою <code>/cohort create "Назва"</code>.
error-not-member = Це можуть робити лише учасники когорти. Надішліть /join, щоб приєднатися.
error-needs-role = Це може робити лише { $role } цієї когорти.
error-text-empty = У полі «{ $field }» немає видимих символів.
error-text-too-long = Задовго: у полі «{ $field }» може бути щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
} (зараз { $length }).
error-too-many-items = Забагато: { $field } — щонайбільше { $max }.
error-bad-timezone = «{ $value }» — невідомий мені часовий пояс. Використовуйте назву на кшталт Europe/Kyiv, Europe/Warsaw або America/Toronto.
error-bad-language = «{ $value }» — не код мови. Використовуйте коди на кшталт uk, en, pl або pt-BR.
error-unsupported-language = Я ще не розмовляю мовою «{ $value }». Я розмовляю: { $available }.
error-bad-until = «{ $value }» — не дата і не тривалість. Використовуйте дату на кшталт 2026-12-24 або 12h, 3d, 2w.
error-until-past = { $value } вже минуло.
error-until-too-far = { $value } — більш ніж за рік.
error-bad-number = Поле «{ $field }» має бути цілим числом від { $min } до { $max } (а не «{ $value }»).
error-bad-yes-no = Дайте відповідь на «{ $field }»: так чи ні (а не «{ $value }»).
error-bad-role = «{ $value }» — не роль. Ролі: member, mentor і coordinator.
error-bad-profile-field = «{ $value }» — не поле профілю. Поля: { $fields }.
error-unknown-person = Я ще не знаю { $who }. Я дізнаюся про людей, коли вони пишуть у чаті, де я є.
error-not-in-cohort = { $name } не є учасником цієї когорти.
error-cohort-exists = У цьому чаті вже є когорта: { $name }. Спершу перенесіть її в архів, щоб почати нову.
error-cohort-archived = Когорта { $name } в архіві.
error-unknown-cohort = Ви не входите до когорти «{ $value }». Ваші когорти: { $cohorts }.
private-not-understood = Я відповідаю на команди. Надішліть /help, щоб їх побачити.

## Кнопки

action-stale = Ця кнопка більше не діє.
action-not-yours = Ця кнопка для іншої людини.

## /help

cmd-help-summary = що я вмію тут
cmd-help-usage = /help [команда]
help-title-group = <b>Команди, доступні в цій групі</b>
help-title-private = <b>Команди, доступні тут</b>
help-line = { $usage } — { $summary }
help-footer = Надішліть <code>/help команда</code>, щоб дізнатися про неї більше.
help-where-group = Працює в груповому чаті.
help-where-private = Працює в особистому чаті зі мною.

## /start

start-welcome = Вітаю, { $name }! Я веду когорти взаємного навчання: чек-іни, наставництво, рефлексії. Надішліть /help, щоб побачити, що ви можете робити, або відкрийте посилання-запрошення когорти.
start-joined = Ласкаво просимо до { $name }! Розкажіть про себе наставникові й координаторам — тут, в особистому чаті, командою <code>/profile set about …</code>. Надішліть /help, щоб дізнатися більше.
start-bad-link = Це посилання-запрошення більше не діє. Попросіть нове в координатора.

## /cohort

cmd-cohort-summary = переглянути когорту цього чату; координатори створюють її та керують нею
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = показати когорту
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = створити когорту цього чату або теми
cmd-cohort-create-usage = /cohort create "Назва" [--languages uk,en] [--region "…"] [--themes "a, b"] [--timezone Регіон/Місто] [--language uk]
cmd-cohort-edit-summary = змінити назву, контекст або налаштування когорти
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
cmd-cohort-pause-summary = поставити когорту на паузу, за бажання до певної дати
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = відновити когорту після паузи
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = перенести когорту в архів (із підтвердженням)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = У цьому чаті ще немає когорти. Адміністратор групи може створити її командою <code>/cohort create "Назва"</code>.
cohort-created = Когорту <b>{ $name }</b> створено. Учасники приєднуються командою /join або за посиланням нижче.
cohort-edited = Змінено: { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = Статус: { $status }
cohort-card-status-until = Статус: { $status } до { $until }
cohort-card-languages = Мови: { $languages }
cohort-card-region = Регіон: { $region }
cohort-card-themes = Теми: { $themes }
cohort-card-timezone = Часовий пояс: { $timezone }
cohort-card-language = Бот розмовляє мовою: { $language }
cohort-card-members = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
cohort-card-names-in-group-on = У групі я називаю тих, хто не відповів, хто на паузі і кому не знайшлося пари.
cohort-card-names-in-group-off = У групі я лише рахую, без імен, тих, хто не відповів, на паузі чи без пари; координатори отримують імена в особистому чаті.
cohort-card-join-link = Посилання-запрошення: <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } на паузі. Нічого не заплановано до /cohort resume.
cohort-paused-until = { $name } на паузі до { $until }.
cohort-already-paused = Когорта вже на паузі.
cohort-not-paused = Когорта не на паузі.
cohort-resumed = { $name } знову активна.
cohort-resumed-auto = Пауза скінчилася: { $name } знову активна.
cohort-archive-confirm = Перенести <b>{ $name }</b> в архів? Учасники залишаться в чаті, але когорта зупиниться, і тут можна буде створити нову.
cohort-archived = { $name } в архіві.
bot-added = Вітаю! Я веду когорти взаємного навчання. Адміністратор групи може почати когорту командою <code>/cohort create "Назва"</code>; надішліть /help, щоб дізнатися більше.
room-encrypted = Ця кімната має наскрізне шифрування, а я ще не вмію читати зашифровані повідомлення, тому команди тут залишаються без відповіді. Використайте для когорти незашифровану кімнату або попросіть того, хто мене запускає, увімкнути підтримку шифрування.
bot-added-with-cohort = Знову вітаю! Когорта { $name } досі тут. Надішліть /help, щоб побачити, що я вмію.

## Учасники

cmd-join-summary = приєднатися до когорти цього чату
cmd-join-usage = /join
cmd-leave-summary = вийти з когорти цього чату
cmd-leave-usage = /leave
cmd-members-summary = список учасників когорти
cmd-members-usage = /members [--all]
cmd-role-summary = призначити комусь роль
cmd-role-usage = /role @користувач member|mentor|coordinator
join-welcome = Ласкаво просимо до { $name }, { $person }!
join-welcome-dm = Ласкаво просимо до { $name }! Розкажіть про себе наставникові й координаторам — тут, в особистому чаті, командою <code>/profile set about …</code>. Надішліть /help, щоб дізнатися більше.
join-already = Ви вже учасник { $name }.
join-in-private = Щоб приєднатися до когорти, надішліть /join у її групі або відкрийте її посилання-запрошення.
leave-done = Ви вийшли з { $name }. Ваш профіль збережено на випадок, якщо ви повернетеся; /forgetme видаляє все.
leave-not-member = Ви не учасник { $name }.
cmd-pause-summary = узяти перерву: до її кінця вам не надходять чек-іни й пари
cmd-pause-usage = /pause [--until 2026-12-24|2w] (в особистому чаті: [--cohort "Назва"])
cmd-resume-summary = закінчити перерву раніше
cmd-resume-usage = /resume (в особистому чаті: [--cohort "Назва"])
pause-done-until = У вас перерва в { $name } до { $until }: вам не надходять чек-іни, нагадування й пари. /resume закінчує її раніше.
resume-done = З поверненням до { $name }: чек-іни знову надходитимуть вам.
resume-not-paused = У вас немає перерви в { $name }.
pause-ended-dm = Ваша перерва в { $name } скінчилася: чек-іни знову надходитимуть вам. /pause починає нову.
members-title = <b>{ $name }</b>: { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] Ще { $count } учасник на перерві.
    [few] Ще { $count } учасники на перерві.
    [many] Ще { $count } учасників на перерві.
   *[other] Ще { $count } учасника на перерві.
}
members-left-count = { $count ->
    [one] Ще { $count } особа вийшла з когорти.
    [few] Ще { $count } особи вийшли з когорти.
    [many] Ще { $count } осіб вийшли з когорти.
   *[other] Ще { $count } особи вийшли з когорти.
}
members-names-sent-privately = Я надіслав вам повний список в особистому чаті.
members-names-not-in-group = Їхні імена не показуються в групі (/cohort edit --names-in-group yes їх показує).
members-none = У { $name } ще немає учасників.
role-set = { $name } тепер { $role }.
role-admin-note = { $name } — адміністратор цього чату й залишається тут координатором, доки залишається адміністратором.
role-admin-granted-note = { $name } — також адміністратор цього чату. Надана роль збереже координаторство, якщо адміністраторство закінчиться; <code>/role @користувач member</code> її знімає.
members-coordinator = { $source ->
    [admin] координатор (адміністратор чату)
    [both] координатор (адміністратор чату, а також через /role)
   *[granted] координатор (призначено через /role)
}
members-roles-note = Адміністратори чату — координатори, доки вони адміністратори. Роль, надана через /role, діє, доки <code>/role @користувач member</code> її не зніме.
role-unchanged = { $name } вже { $role }.

## /profile

cmd-profile-summary = переглянути або змінити свій профіль
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = показати ваш профіль (координаторам: чужий, в особистому чаті)
cmd-profile-show-usage = /profile [show] [@користувач] [--cohort "Назва"]
cmd-profile-set-summary = задати поле: languages, region, topics, timezone, capacity, wants-mentor, stage; в особистому чаті також preferences і about
cmd-profile-set-usage = /profile set поле значення [--cohort "Назва"]
cmd-profile-clear-summary = очистити поле
cmd-profile-clear-usage = /profile clear поле [--cohort "Назва"]
profile-title = <b>{ $name }</b> у { $cohort } — { $role }, { $status }
profile-languages = Мови: { $value }
profile-region = Регіон: { $value }
profile-topics = Інтереси: { $value }
profile-timezone = Часовий пояс: { $value }
profile-capacity = Може наставляти: { $value ->
    [0] ні
    [one] { $value } особу
    [few] { $value } особи
    [many] { $value } осіб
   *[other] { $value } особи
}
profile-wants-mentor = Хоче наставника: { $value }
profile-about = Про себе: { $value }
profile-updated = Поле «{ $field }» збережено для { $cohorts }.
profile-cleared = Поле «{ $field }» очищено для { $cohorts }.
profile-no-cohorts = Ви ще не входите до жодної когорти. Приєднайтеся командою /join у її групі або за посиланням-запрошенням.

## /language і /timezone

cmd-language-summary = вибрати мову, якою я вам пишу
cmd-language-usage = /language [код]
cmd-timezone-summary = переглянути або задати свій часовий пояс
cmd-timezone-usage = /timezone [Регіон/Місто]
language-current = Я пишу вам мовою: { $language }. Виберіть іншу:
language-set = Відтепер я пишу вам мовою: { $language }.
language-group-note = У цій групі я й далі розмовляю мовою когорти.
timezone-current = Ваш часовий пояс: { $timezone } (зараз { $now }).
timezone-set = Тепер ваш часовий пояс: { $timezone } (зараз { $now }).

## /mydata і /forgetme

cmd-mydata-summary = усе, що я зберігаю про вас
cmd-mydata-usage = /mydata
cmd-forgetme-summary = видалити все, що я зберігаю про вас
cmd-forgetme-usage = /forgetme
mydata-title = <b>Що я зберігаю про вас</b>
mydata-account = Ім’я: { $name } (ім’я користувача: { $username }), { $platform } id { $id }
mydata-settings = Мова: { $language } (ваш застосунок повідомляє: { $hint }), часовий пояс: { $timezone }
mydata-since = Знайомі з { $date }
mydata-memberships = { $count ->
    [0] Ви не входите до жодної когорти.
    [one] Ви входите до { $count } когорти:
    [few] Ви входите до { $count } когорт:
    [many] Ви входите до { $count } когорт:
   *[other] Ви входите до { $count } когорти:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, з { $joined }
mydata-profile = { "  " }мови { $languages }; регіон { $region }; інтереси { $topics }; часовий пояс { $timezone }; може наставляти { $capacity }; хоче наставника { $wantsMentor }; про себе: { $about }
mydata-audit = { $count ->
    [0] Ви не вносили змін як координатор.
    [one] Під вашим ім’ям записано { $count } зміну координатора.
    [few] Під вашим ім’ям записано { $count } зміни координатора.
    [many] Під вашим ім’ям записано { $count } змін координатора.
   *[other] Під вашим ім’ям записано { $count } зміни координатора.
}
mydata-footer = Я не зберігаю повідомлень із чатів — лише ваші відповіді на чек-іни та рефлексії (перелічені вище). /forgetme видаляє все це.
forgetme-confirm = Це видалить ваш обліковий запис тут, ваш профіль і вашу участь у { $count ->
    [one] { $count } когорті
    [few] { $count } когортах
    [many] { $count } когортах
   *[other] { $count } когорти
}. Дії, які ви виконували як координатор, залишаться в журналі без вашого імені. Це не можна скасувати.
forgetme-done = Готово: я видалив усе, що зберігав про вас. Якщо ви знову мені напишете, я почну з чистого аркуша.

## Чек-іни

cmd-checkin-summary = регулярні чек-іни: переглянути їх; координатори складають розклад
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = розклади чек-інів цієї когорти
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = додати розклад чек-інів у часовому поясі когорти
cmd-checkin-schedule-usage = /checkin schedule щотижня пн 18:00 | кожні 2 тижні чт 09:30 | щомісяця перший вт 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = опублікувати чек-ін зараз
cmd-checkin-now-usage = /checkin now [номер]
cmd-checkin-skip-summary = пропустити наступний чек-ін розкладу
cmd-checkin-skip-usage = /checkin skip номер
cmd-checkin-pause-summary = поставити розклад на паузу
cmd-checkin-pause-usage = /checkin pause номер
cmd-checkin-resume-summary = відновити розклад після паузи
cmd-checkin-resume-usage = /checkin resume номер
cmd-checkin-delete-summary = видалити розклад і його чек-іни
cmd-checkin-delete-usage = /checkin delete номер
checkin-question-1 = Що ви зробили від минулого чек-іну?
checkin-question-2 = Над чим ви працюватимете далі?
checkin-question-3 = Вам щось заважає, або хтось може допомогти?
checkin-error-pattern = Не можу прочитати «{ $pattern }» як розклад. Спробуйте: щотижня пн 18:00, кожні 2 тижні чт 09:30, щомісяця перший вт 17:00 або cron 0 18 * * 1.
checkin-error-weekday = «{ $word }» — не день тижня (пн, вт, ср, чт, пт, сб, нд).
checkin-error-time = «{ $word }» — не час доби (від 00:00 до 23:59).
checkin-error-nth = «{ $word }» — не перший, другий, третій, четвертий чи останній.
checkin-error-every = «{ $word }» тижнів: виберіть від 1 до 8.
checkin-error-cron = «{ $field }» — неправильне поле cron (хвилина година день місяць день-тижня).
checkin-error-never = Такий розклад ніколи не настане (такої дати немає).
checkin-error-too-often = Чек-іни можуть бути не частіше ніж раз на годину.
checkin-error-span = { $flag } «{ $value }» — не тривалість від 10m до 14d (наприклад, 90m, 6h, 2d).
checkin-error-remind-window = Нагадування має надійти до закриття відповідей: зробіть --remind коротшим за --window.
checkin-error-window-overlap = Вікно відповідей довше за проміжок між двома чек-інами: зробіть --window коротшим.
checkin-error-digest = «{ $value }» — не group і не coordinators.
checkin-error-questions = Щонайбільше { $max ->
    [one] { $max } запитання
    [few] { $max } запитання
    [many] { $max } запитань
   *[other] { $max } запитання
}, будь ласка.
checkin-error-question-length = У запитанні може бути щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}.
checkin-error-no-schedule = Тут немає розкладу чек-інів «{ $id }». /checkin list показує їх.
checkin-error-not-active = Розклад №{ $id } на паузі: немає наступного чек-іну, який можна пропустити.
checkin-error-already-paused = Розклад №{ $id } вже на паузі.
checkin-error-not-paused = Розклад №{ $id } не на паузі.
checkin-error-not-member = Відповідати на чек-іни можуть лише учасники когорти. Спершу /join.
checkin-error-closed = Цей чек-ін закрито: відповіді більше не приймаються.
checkin-error-on-break = У вас перерва в цій когорті, тому чек-іни вас не враховують. Спершу /resume, щоб відповісти.
checkin-none-yet = Тут ще немає запланованих чек-інів. Координаторам: /checkin schedule щотижня пн 18:00
checkin-scheduled = Розклад чек-інів №{ $id } створено.
checkin-list-title = <b>Розклади чек-інів</b>
checkin-schedule-line = №{ $id }: { $pattern } ({ $timezone }), { $status ->
    [paused] на паузі
   *[other] наступний { $next }
}, відповіді відкриті { $window }
checkin-skipped = Чек-ін розкладу №{ $id } { $when } буде пропущено.
checkin-paused = Розклад №{ $id } на паузі.
checkin-resumed = Розклад №{ $id } знову працює; наступний чек-ін { $next }.
checkin-delete-confirm = Видалити розклад №{ $id } ({ $pattern }) разом із чек-інами й відповідями? Це не можна скасувати.
checkin-deleted = Розклад №{ $id } видалено.
button-checkin-delete-confirm = Видалити
button-checkin-private = Відповісти особисто
button-checkin-share = Поділитися з когортою
button-checkin-keep-private = Залишити особистим
checkin-prompt = <b>Час чек-іну, { $name }!</b> Відповіді приймаються до { $closes }.
checkin-prompt-how = Дайте відповідь на це повідомлення, щоб відповісти тут (по рядку на запитання), або відповідайте в особистому чаті.
checkin-private-started = Я написав вам в особистому чаті.
checkin-dm-first = Я не можу написати вам першим: відкрийте особистий чат зі мною й знову натисніть кнопку.
checkin-dm-link = { $person }, я не можу написати вам першим. Відкрийте { $link } і натисніть «Почати»: там почнуться ваші відповіді.
checkin-dm-first-link = Я не можу написати вам першим: скористайтеся посиланням, яке я опублікував.
checkin-dm-intro = Чек-ін { $name }. Відповідайте по одному запитанню; напишіть «пропустити», щоб пропустити запитання.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = Дякую! Ви відповіли на { $answered } з { $total }. Показати ваші відповіді в підсумку?
checkin-will-share = Ваші відповіді з’являться в підсумку.
checkin-kept-private = Ваші відповіді залишаться особистими: підсумок лише врахує вас.
checkin-reflect-offer = Хочете написати коротку рефлексію про те, чого ви навчилися? Її прочитаєте лише ви, якщо не вирішите інакше.
button-reflect-write = Написати рефлексію
button-reflect-not-now = Не зараз
checkin-reflect-ask = Напишіть рефлексію наступним повідомленням (або «пропустити»).
checkin-reflect-later = Гаразд. Будь-коли: /reflect і кілька рядків.
button-visibility-mentor = Поділитися з наставником
button-visibility-coordinators = Поділитися з координаторами
button-visibility-cohort = Поділитися з когортою
checkin-answer-saved = Дякую, вашу відповідь записано.
checkin-reminder-dm = Чек-ін { $name } скоро закриється, а вашої відповіді в мене ще немає.
checkin-reminder-group = Чек-ін скоро закриється; ще не відповіли: { $names }.
checkin-reminder-group-count = Чек-ін скоро закриється; { $count ->
    [one] { $count } особа ще не відповіла.
    [few] { $count } особи ще не відповіли.
    [many] { $count } осіб ще не відповіли.
   *[other] { $count } особи ще не відповіли.
}
checkin-digest-title = <b>Підсумок чек-іну, { $name }</b>
checkin-digest-count = { $count ->
    [0] Ніхто не взяв участі
    [one] Участь узяла { $count } особа
    [few] Участь узяли { $count } особи
    [many] Участь узяли { $count } осіб
   *[other] Участь узяли { $count } особи
} (з { $total }).
checkin-digest-who = Дякуємо: { $names }.
checkin-digest-coordinators-only = Відповіді отримують лише координатори.
checkin-digest-reflections = <b>Рефлексії, якими поділилися</b>
cmd-checkin-stats-summary = хто брав участь в останніх чек-інах і хто затих (в особистому чаті)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = Жоден чек-ін ще не закрився.
checkin-stats-title = <b>Участь в { $count ->
    [one] останньому { $count } чек-іні
    [few] останніх { $count } чек-інах
    [many] останніх { $count } чек-інах
   *[other] останніх { $count } чек-іну
}</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, серія { $streak }
checkin-stats-inactive = Пропустили { $count ->
    [one] { $count } чек-ін
    [few] { $count } чек-іни
    [many] { $count } чек-інів
   *[other] { $count } чек-іну
} або більше поспіль: { $names }
checkin-error-inactive-after = «{ $value }» — не кількість чек-інів від 0 до 20 (0 — ніколи).
checkin-nudge = Вітаю, { $person }! Ви пропустили { $count ->
    [one] останній { $count } чек-ін
    [few] останні { $count } чек-іни
    [many] останні { $count } чек-інів
   *[other] останні { $count } чек-іну
} в { $name }. Без тиску: ви ще з нами, хочете перерву на два тижні чи волієте вийти з когорти?
button-nudge-in = Я з вами
button-nudge-pause = Перерва на два тижні
button-nudge-leave = Вийти з когорти
nudge-still-in = Радий це чути! До наступного чек-іну в { $name }.
nudge-left = Ви вийшли з { $name }. /join у групі поверне вас будь-коли, з попереднім профілем.
mydata-checkins = { $count ->
    [0] Ви не відповіли на жоден чек-ін.
    [one] Ваші відповіді на чек-іни ({ $count }):
    [few] Ваші відповіді на чек-іни ({ $count }):
    [many] Ваші відповіді на чек-іни ({ $count }):
   *[other] Ваші відповіді на чек-іни ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (показано іншим: { $shared })

## Рефлексії

cmd-reflect-summary = написати рефлексію в особистому чаті й вибрати, хто може її читати
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "Назва"]
cmd-reflections-summary = список ваших рефлексій, або з «shared» — тих, які інші дозволили вам читати (в особистому чаті)
cmd-reflections-usage = /reflections [shared] [--cohort "Назва"]
reflect-error-not-member = Рефлексії належать когорті: спершу приєднайтеся до неї через /join.
reflect-error-too-long = У рефлексії може бути щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}.
reflect-error-visibility = «{ $value }» — не me, mentor, coordinators чи cohort.
reflect-saved = Збережено в { $cohort }. { $visibility ->
    [me] Читати можете лише ви.
    [mentor] Читати можете ви й ваш наставник.
    [coordinators] Читати можете ви й координатори.
   *[cohort] Читати може вся когорта, і рефлексія з’явиться в наступному підсумку.
}
reflections-title = <b>Ваші рефлексії</b>
reflections-none = Ви ще не написали жодної рефлексії. /reflect … пише нову.
reflections-line = { $date }, { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>Рефлексії, якими поділилися з вами</b> (за 90 днів)
reflections-shared-none = За останні 90 днів ніхто не поділився з вами рефлексією.
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] Ви не писали рефлексій.
    [one] Ваші рефлексії ({ $count }):
    [few] Ваші рефлексії ({ $count }):
    [many] Ваші рефлексії ({ $count }):
   *[other] Ваші рефлексії ({ $count }):
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }): { $text }

## Пари

cmd-pair-summary = ваш наставник або підопічні; координатори добирають наставників
cmd-pair-usage = /pair [mentors|confirm] | /pair @наставник @підопічний
cmd-pair-show-summary = ваш наставник або підопічні (координаторам: /pair @наставник @підопічний з’єднує двох вручну)
cmd-pair-show-usage = /pair | /pair @наставник @підопічний
cmd-pair-mentors-summary = попередній добір найкращого наставника для кожного, хто його хоче, з поясненням (в особистому чаті)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = запропонувати наставництво наставникам із добору
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = завершити чиєсь наставництво (із підтвердженням)
cmd-unpair-usage = /unpair @користувач
pair-reason-shared-language = обидва розмовляють: { $values }
pair-reason-language-bridging = немає спільної мови (дозволено координатором)
pair-reason-same-region = обидва з регіону { $values }
pair-reason-shared-topics = інтереси: { $values }
pair-reason-timezone-overlap = спільних годин неспання: { $values }
pair-reason-timezone-unknown = часовий пояс невідомий
pair-reason-stage-fit = етапи підходять ({ $values })
pair-reason-stage-mismatch = етапи далекі один від одного ({ $values })
pair-reason-shared-preference = спільне побажання
pair-reason-repeat = уже були в парі ({ $values })
pair-reason-none = вагомих причин немає, крім вільного часу
pair-preview-title = <b>Запропоновані наставники</b> ({ $count ->
    [one] { $count } пара
    [few] { $count } пари
    [many] { $count } пар
   *[other] { $count } пари
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: жоден наставник не підходить (немає спільної мови або виключено)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: у відповідних наставників немає місць
pair-preview-confirm = /pair confirm запропонує наставництво цим наставникам; /pair mentors перерахує добір.
pair-confirmed = { $count ->
    [one] Я запитав { $count } наставника.
    [few] Я запитав { $count } наставників.
    [many] Я запитав { $count } наставників.
   *[other] Я запитав { $count } наставника.
} Кожен має { $hours ->
    [one] { $hours } годину
    [few] { $hours } години
    [many] { $hours } годин
   *[other] { $hours } години
} на відповідь; без відповіді підопічного запропонують наступному відповідному наставникові.
pair-asked-one = Я запитав { $mentor }, чи готовий він стати наставником для { $mentee }.
pair-ask = Вітаю, { $mentor }! Чи готові ви стати наставником для { $mentee } в { $name }?
pair-why = Чому ви: { $reasons }.
pair-about = Про людину: { $about }
pair-ask-deadline = Будь ласка, дайте відповідь до { $when }.
button-pair-accept = Погодитися
button-pair-decline = Відмовитися
pair-answer-late = Цей запит уже закрито.
pair-accepted-toast = Дякую! Я познайомив вас одне з одним.
pair-declined-thanks = Дякую, що сказали. Я запитаю когось іншого.
pair-no-next-mentor = Зараз немає іншого вільного наставника для { $mentee } в { $name }. Запустіть /pair mentors знову, коли в когось з’явиться місце.
pair-intro-mentee = { $person }, знайомтеся: ваш наставник { $other } в { $name }!
pair-intro-mentor = { $person }, знайомтеся: ваш підопічний { $other } в { $name }!
pair-intro-times = Кілька варіантів часу для зустрічі (18:00 у підопічного):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = Ваш наставник: { $other } ({ $status ->
    [asked] запит надіслано, чекаємо відповіді
   *[other] підтверджено
})
pair-mine-mentee = Ваш підопічний: { $other } ({ $status ->
    [asked] чекає на вашу відповідь
   *[other] підтверджено
})
pair-mine-none = У вас ще немає наставника чи підопічного в цій когорті. Хочете наставника? /profile set wants-mentor yes
pair-error-two-people = Назвіть двох людей: /pair @наставник @підопічний
pair-error-self = Не можна бути наставником самому собі.
pair-error-has-mentor = У { $mentee } вже є наставник (або запит уже надіслано). Спершу /unpair { $mentee }.
pair-error-no-mentors = У цій когорті ще ніхто не зголосився бути наставником: учасники пропонують себе командою /profile set capacity 2.
pair-error-no-mentees = Ніхто не чекає на наставника: учасники просять його командою /profile set wants-mentor yes.
pair-error-no-preview = Немає чого підтверджувати: /pair mentors складе добір.
pair-error-not-paired = У { $who } немає ні наставника, ні підопічного.
unpair-confirm = Завершити { $count ->
    [one] наставництво
    [few] { $count } наставництва
    [many] { $count } наставництв
   *[other] { $count } наставництва
} для { $who }?
button-unpair-confirm = Завершити
unpair-done = { $count ->
    [one] Завершено { $count } наставництво.
    [few] Завершено { $count } наставництва.
    [many] Завершено { $count } наставництв.
   *[other] Завершено { $count } наставництва.
}
mydata-mentorships = { $count ->
    [0] У вас немає наставництв.
    [one] Ваше наставництво ({ $count }):
    [few] Ваші наставництва ({ $count }):
    [many] Ваші наставництва ({ $count }):
   *[other] Ваші наставництва ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: наставник для { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: ваш наставник { $other } ({ $status })
cmd-pair-peers-summary = провести раунд зустрічей зараз: пари (трійка, якщо людей непарна кількість), за можливості з новими партнерами
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = раунди зустрічей самі собою раз на кілька тижнів або вимкнені; через скільки днів запитати «ви зустрілися?»
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = раунди зустрічей досі: групи й хто сказав, що зустрівся (в особистому чаті)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>Раунд зустрічей №{ $number } в { $name }</b>: привітайтеся з партнерами й знайдіть час поговорити.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: цього разу ніхто не підійшов, вибачте.
pair-round-unplaced-count = • { $count ->
    [one] Для { $count } особи цього разу ніхто не підійшов, вибачте.
    [few] Для { $count } осіб цього разу ніхто не підійшов, вибачте.
    [many] Для { $count } осіб цього разу ніхто не підійшов, вибачте.
   *[other] Для { $count } особи цього разу ніхто не підійшов, вибачте.
}
pair-round-unplaced-dm = Вітаю, { $person }. У раунді зустрічей №{ $number } в { $name } цього разу вам ніхто не підійшов, вибачте. Я спробую знову в наступному раунді.
pair-round-unplaced-coordinators = Раунд зустрічей №{ $number } в { $name }: цього разу ніхто не підійшов для { $names }. Це бачать лише координатори.
pair-round-follow-up = { $when } я запитаю кожного з вас, чи ви зустрілися.
pair-round-dm = Вітаю, { $person }! У раунді зустрічей №{ $number } в { $name } ви разом із { $others }. Привітайтеся й знайдіть час поговорити.
pair-met-question = Вітаю, { $person }! Ви зустрілися з { $others } (раунд зустрічей №{ $number } в { $name })?
button-pair-met-yes = Так
button-pair-met-no = Ні
button-pair-met-not-yet = Ще ні
pair-met-thanks-yes = Чудово, дякую!
pair-met-thanks-no = Дякую, що сказали. Можливо, в наступному раунді.
pair-met-thanks-not-yet = Записав. Ви зможете відповісти «Так» пізніше.
pair-peers-error-paused = { $name } на паузі: раундів зустрічей не буде до відновлення.
pair-peers-error-too-few = Для раунду зустрічей потрібно щонайменше два активні учасники (ті, хто на паузі, не беруть участі).
pair-rounds-off = Раунди зустрічей вимкнено. /pair rounds every 2w їх вмикає; запитання «ви зустрілися?» надходить через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
} після кожного раунду.
pair-rounds-on = Раунди зустрічей { $weeks ->
    [1] щотижня
    [one] раз на { $weeks } тиждень
    [few] раз на { $weeks } тижні
    [many] раз на { $weeks } тижнів
   *[other] раз на { $weeks } тижня
}; наступний { $next }. Запитання «ви зустрілися?» надходить через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
} після кожного раунду.
pair-rounds-set = Раунди зустрічей { $weeks ->
    [1] щотижня
    [one] раз на { $weeks } тиждень
    [few] раз на { $weeks } тижні
    [many] раз на { $weeks } тижнів
   *[other] раз на { $weeks } тижня
}; перший { $next }. /pair peers проводить раунд зараз.
pair-rounds-turned-off = Раунди зустрічей вимкнено.
pair-rounds-follow-up-set = Запитання «ви зустрілися?» надходитиме через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
} після кожного раунду.
pair-rounds-error-usage = Скажіть, як часто: /pair rounds every 2w, /pair rounds every 1w або /pair rounds off.
pair-rounds-error-weeks = Раунди бувають раз на 1–{ $max ->
    [one] { $max } тиждень
    [few] { $max } тижні
    [many] { $max } тижнів
   *[other] { $max } тижня
}, наприклад /pair rounds every 2w.
pair-rounds-error-days = Запитання «ви зустрілися?» надходить через 1–{ $max ->
    [one] { $max } день
    [few] { $max } дні
    [many] { $max } днів
   *[other] { $max } дня
} після раунду, наприклад /pair rounds follow-up 3d.
pair-stats-none = Раундів зустрічей ще не було: /pair peers проводить раунд.
pair-stats-title = <b>Раунди зустрічей</b> ({ $count })
pair-stats-line = • Раунд { $number } ({ $date }): { $groups ->
    [one] { $groups } група
    [few] { $groups } групи
    [many] { $groups } груп
   *[other] { $groups } групи
}, { $people ->
    [one] { $people } особа
    [few] { $people } особи
    [many] { $people } осіб
   *[other] { $people } особи
}. Зустрілися: так { $yes }, ні { $no }, ще ні { $notYet }, без відповіді { $unanswered }
cmd-avoid-summary = ніколи не опинятися в парі з кимось (особисто; людині не повідомляється)
cmd-avoid-usage = /avoid [@користувач] [--remove] [--cohort "Назва"]
avoid-title = <b>Люди, з якими ви ніколи не опинитеся в парі</b>
avoid-line = • { $cohort }: { $names }
avoid-none = Ви нікого не уникаєте. /avoid @користувач тут, в особистому чаті, — і я ніколи не поставлю вас у пару; людині не повідомляється.
avoid-added = Записав: я ніколи не поставлю вас у пару з { $who } (в { $cohorts }). Цій людині не повідомляється.
avoid-removed = { $who } знову може опинитися з вами в парі (в { $cohorts }).
avoid-error-self = Не можна уникати самого себе.
avoid-error-no-shared-cohort = У вас немає спільної когорти з { $who }.
error-bad-stage = «{ $value }» — не етап. Виберіть один із: { $stages }.
field-preferences = побажання
profile-stage = Етап: { $value }
profile-preferences = Побажання для добору (бачите лише ви): { $value }
mydata-matching = { "  " }етап { $stage }; побажання для добору { $preferences }; людей, яких ви уникаєте: { $avoid }
cmd-pair-settings-summary = переглянути або змінити добір наставників: пари без спільної мови, строк відповіді
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = Налаштування добору: пари без спільної мови: { $bridging }; наставники відповідають протягом { $hours ->
    [one] { $hours } години
    [few] { $hours } годин
    [many] { $hours } годин
   *[other] { $hours } години
}.
pair-settings-saved = Збережено. Пари без спільної мови: { $bridging }; наставники відповідають протягом { $hours ->
    [one] { $hours } години
    [few] { $hours } годин
    [many] { $hours } годин
   *[other] { $hours } години
}.
pair-error-answer-within = «{ $value }» — не строк від 12h до 14d (наприклад, 48h або 3d).
pair-decline-why = Якщо хочете, скажіть чому (одне натискання). Це бачать лише координатори; { $mentee } не дізнається, хто відмовився.
button-decline-no-time = Зараз немає часу
button-decline-topics = Не мої теми
button-decline-other = Інша причина
pair-decline-noted = Дякую. Вашу причину бачать лише координатори; { $mentee } не дізнається, хто відмовився.
pair-preview-declined = • { $mentor } відмовився від { $mentee } ({ $reason ->
    [no-time] зараз немає часу
    [topics] не його теми
    [other] інша причина
   *[none] причину не вказано
})
mydata-peer-groups = { $count ->
    [0] Ви не брали участі в раундах зустрічей.
    [one] Ваш раунд зустрічей ({ $count }):
    [few] Ваші раунди зустрічей ({ $count }):
    [many] Ваші раунди зустрічей ({ $count }):
   *[other] Ваші раунди зустрічей ({ $count }):
}
mydata-peer-group = • { $cohort }, раунд { $round }: з { $others } (ви зустрілися: { $answer })

# Приватність: те, що бачить лише одна людина, особисті команди в групі, вибір когорти (docs/privacy.md)
private-view-sent = { $person }, я надіслав це вам в особистому чаті.
private-view-link = { $person }, це лише для вас, а не для групи: <a href="{ $link }">відкрийте особистий чат зі мною</a>, і я надішлю це туди.
private-view-write-first = { $person }, це лише для вас, а не для групи: спершу напишіть мені в особистому чаті, а потім надішліть там { $command }.
private-refused = { $command } — особиста команда, вона працює лише в особистому чаті зі мною.
private-refused-deleted = Я прибрав ваше повідомлення з групи.
private-refused-dm = { $person }, я написав вам в особистому чаті: продовжимо там.
private-refused-link = <a href="{ $link }">Продовжити в особистому чаті зі мною</a>.
private-refused-write-first = Напишіть мені в особистому чаті й надішліть це там.
private-continue = Ви спробували { $command } у групі. Тут це залишиться між нами: { $usage }
private-continue-here = Тут це залишиться між нами: { $usage }
start-link-expired = Це посилання більше не діє. Надішліть команду тут ще раз: вона працює і в особистому чаті.
cohort-choice-ask = Для якої когорти { $command }?
cohort-choice-none = Ви не входите до жодної когорти, де можна використати { $command }.
cohort-choice-gone = Ця когорта більше не ваша (або ви її більше не координуєте).
cohort-choice-name-it = Ви входите до багатьох когорт: назвіть одну, наприклад { $command } --cohort "Назва". Ваші: { $cohorts }.
error-cohort-not-here = Когорта цієї групи — { $name }, а не «{ $value }».
profile-private-hint = Ваші побажання для добору й текст «про себе» особисті: надішліть мені /profile в особистому чаті, щоб їх побачити.
pair-ask-privacy = Вашу відповідь і причину бачать лише координатори; { $mentee } не дізнається, хто відмовився.
pair-ask-privacy-group = Тут ніхто не бачить, яку кнопку ви натиснули: відповідь дізнаються лише координатори.
pair-declined-toast-private = Дякую. Я написав вам в особистому чаті.
pair-declined-toast = Дякую. Вашу відповідь дізнаються лише координатори.
pair-no-next-mentor-group = Хтось у цій когорті досі чекає на наставника. Координаторам: /pair mentors, коли в наставника з’явиться місце.
mydata-mentorship-looking = • { $cohort }: я шукаю для вас наставника

## Слова для значень і ключові слова, які вводять люди (docs/localization.md)

field-timezone = часовий пояс
field-capacity = готовність наставляти
field-wants-mentor = «хоче наставника»
field-stage = етап
stage-name = { $stage ->
    [newcomer] новачок
    [contributor] учасник проєктів
    [organizer] організатор
   *[experienced] досвідчений
}
visibility-name = { $visibility ->
    [me] лише ви
    [mentor] ваш наставник
    [coordinators] координатори
   *[cohort] уся когорта
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = пропустити, пропуск, далі
keyword-weekly = щотижня, щотижнево
keyword-every = кожні, кожен, кожного
keyword-weeks = тижні, тижнів, тиждень
keyword-monthly = щомісяця, щомісячно
keyword-first = перший, перша, першу
keyword-second = другий, друга, другу
keyword-third = третій, третя, третю
keyword-fourth = четвертий, четверта, четверту
keyword-last = останній, остання, останню
keyword-ignore = {""}

## Зустрічі й те, що після них (src/features/gatherings)
cmd-gathering-summary = зустрічі цієї когорти: анонс, відповіді, звіт
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [НОМЕР]
cmd-gathering-list-summary = найближчі зустрічі
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = одна зустріч і відповіді на неї наразі (кількість)
cmd-gathering-show-usage = /gathering show НОМЕР
cmd-gathering-create-summary = анонсувати зустріч (час у часовому поясі когорти або --timezone)
cmd-gathering-create-usage = /gathering create "Назва" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone Регіон/Місто]
cmd-gathering-edit-summary = змінити зустріч; новий час зсуває всі нагадування
cmd-gathering-edit-usage = /gathering edit НОМЕР [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = скасувати зустріч (спершу перепитаю; усім, хто відповів, повідомлю)
cmd-gathering-cancel-usage = /gathering cancel НОМЕР
cmd-gathering-report-summary = відповіді, відвідуваність і плани щодо зустрічі (надішлю вам в особистому чаті)
cmd-gathering-report-usage = /gathering report НОМЕР
cmd-gathering-mark-summary = після початку позначити, хто прийшов, а хто ні
cmd-gathering-mark-usage = /gathering mark НОМЕР @користувач present|absent
cmd-here-summary = відзначитися на зустрічі, яка триває зараз
cmd-here-usage = /here [НОМЕР] [код]
cmd-commit-summary = написати, що ви спробуєте після зустрічі (до 3; читаєте лише ви, якщо не поділитеся)
cmd-commit-usage = /commit що ви спробуєте [--visibility me|mentor|coordinators] [--gathering НОМЕР] [--by YYYY-MM-DD] [--cohort "Назва"]
cmd-commitments-summary = ваші плани і як вони просуваються
cmd-commitments-usage = /commitments
field-gathering-title = назва
field-gathering-capacity = кількість місць
field-gathering-number = номер зустрічі
field-place = місце
field-description = опис
field-commitment = план
button-gathering-going = Прийду
button-gathering-maybe = Можливо
button-gathering-no = Не прийду
button-gathering-here = Я тут
button-gathering-cancel-confirm = Так, скасувати
button-commitment-done = Зроблено
button-commitment-partly = Частково
button-commitment-not-yet = Ще ні
button-commitment-let-go = Уже не актуально
gathering-card-title = <b>#{ $number } { $title }</b>
gathering-card-when = Коли: { $when }
gathering-card-place = Де: { $place }
gathering-card-online = Онлайн: { $url }
gathering-card-capacity = Місць: { $capacity }
gathering-card-description = { $description }
gathering-created = Нова зустріч:
gathering-edited = Зустріч змінено:
gathering-rsvp-prompt = Прийдете? Виберіть одну відповідь; згодом її можна змінити.
gathering-dst-gap = Такого часу немає в ніч переведення годинників уперед: я взяв найближчий час після нього.
gathering-dst-ambiguous = Цей час буває двічі в ніч переведення годинників назад: я взяв перший.
gathering-counts = Прийдуть: { $going } · можливо: { $maybe } · не прийдуть: { $no } · у списку очікування: { $waitlist } · присутні: { $present }
gathering-rsvp-going = Ви йдете на «{ $title }»: { $when }.
gathering-rsvp-maybe = Можливо, прийдете на «{ $title }»: { $when }.
gathering-rsvp-no = Записав: ви не прийдете на «{ $title }».
gathering-rsvp-waitlist = На «{ $title }» місць немає: ви в списку очікування, і я напишу, якщо місце звільниться.
gathering-promoted = Звільнилося місце: тепер ви йдете на «{ $title }», { $when }.
gathering-list-title = Найближчі зустрічі:
gathering-list-line = #{ $number } { $title }: { $when }
gathering-list-none = Найближчих зустрічей немає. Координатори анонсують зустріч командою /gathering create.
gathering-is-cancelled = Цю зустріч скасовано.
gathering-cancel-confirm = Скасувати «{ $title }»? { $count ->
    [0] Поки ніхто не відповів.
    [one] Відповіла { $count } людина — я їй повідомлю.
    [few] Відповіли { $count } людини — я їм повідомлю.
    [many] Відповіли { $count } людей — я їм повідомлю.
   *[other] Відповіли { $count } людини — я їм повідомлю.
}
gathering-cancelled = Зустріч #{ $number } «{ $title }» скасовано.
gathering-cancelled-dm = «{ $title }» ({ $when }) скасовано. Вибачте за зміну планів.
gathering-reminder = { $kind ->
    [week] За тиждень:
    [day] Завтра:
   *[hour] За годину:
} { $answer ->
    [maybe] (ви відповіли «можливо»)
   *[going] (ви відповіли, що прийдете)
}
gathering-reminder-link = «{ $title }» почнеться за 10 хвилин. Приєднуйтеся: { $url }
gathering-starts-now = #{ $number } «{ $title }» починається. Ви тут? Натисніть кнопку (або надішліть /here).
gathering-here-recorded = Ласкаво просимо! Позначив, що ви на «{ $title }».
gathering-marked-present = { $name }: позначено присутність на «{ $title }».
gathering-marked-absent = { $name }: позначено відсутність на «{ $title }».
gathering-commit-ask = Дякую, що прийшли на «{ $title }» ({ $cohort }). Що ви спробуєте найближчими тижнями? Напишіть від одного до трьох пунктів, кожен через /commit, наприклад: <code>/commit провести перший марафон редагування</code>. Їх читаєте лише ви, якщо не додасте --visibility mentor або coordinators. Я спитаю, як справи, за тиждень, за місяць і за три місяці.
gathering-followup-week = Тиждень після «{ $title }»: як просувається «{ $text }»?
gathering-followup-later = Після «{ $title }» ви хотіли спробувати: «{ $text }». Вдалося?
commitment-answer-done = Чудово! «{ $text }» — зроблено.
commitment-answer-partly = Записав: зроблено частково. Спитаю ще раз згодом.
commitment-answer-not-yet = Записав: ще ні. Спитаю ще раз згодом; якщо щось заважає, допоможуть ваш наставник або координатор.
commitment-answer-let-go = Записав: «{ $text }» уже не актуально. Більше про це не питатиму.
commit-saved = Збережено для «{ $title }». { $visibility ->
    [mentor] Це можете читати ви й ваш наставник.
    [coordinators] Це можете читати ви й координатори.
   *[me] Це можете читати лише ви.
} { $left ->
    [0] Це вже три: я питатиму, як вони просуваються.
    [one] Можна додати ще { $left }.
    [few] Можна додати ще { $left }.
    [many] Можна додати ще { $left }.
   *[other] Можна додати ще { $left }.
}
commit-error-no-gathering = Не знайшов вашої недавньої зустрічі, до якої це віднести. Вкажіть її: --gathering НОМЕР.
commit-error-too-many = Щодо цієї зустрічі у вас уже { $max ->
    [one] { $max } план
    [few] { $max } плани
    [many] { $max } планів
   *[other] { $max } плану
} — це максимум: краще менше, але з відстеженням.
commit-error-visibility = «{ $value }» — це не me, mentor чи coordinators.
commitments-title = Ваші плани:
commitments-line = • { $cohort }, «{ $title }»: { $text } ({ $status })
commitments-none = У вас поки немає планів. Після зустрічі напишіть через /commit, що спробуєте.
gathering-error-bad-date = «{ $value }» — не розумію таку дату й час. Напишіть так: 2027-03-14 10:00.
gathering-error-past = Цей час уже минув.
gathering-error-too-far = Це більше ніж через два роки.
gathering-error-end-before-start = Кінець має бути пізніше за початок.
gathering-error-too-long = Зустріч може тривати щонайбільше 14 днів.
gathering-error-bad-link = «{ $value }» — не вебпосилання: приймаються лише посилання http:// і https://.
gathering-error-link-too-long = Посилання задовге (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}).
gathering-error-unknown = У цій когорті немає зустрічі #{ $number }. Список — /gathering list.
gathering-error-unknown-button = Цієї зустрічі більше немає.
gathering-error-cancelled = Цю зустріч скасовано.
gathering-error-finished = Ця зустріч уже завершилася.
gathering-error-not-started = Ця зустріч ще не почалася.
gathering-error-not-now = Зараз жодна зустріч не триває: «Я тут» працює від пів години до початку й до кінця зустрічі.
gathering-error-join-first = Відповідати можуть лише учасники цієї когорти: спершу /join.
gathering-error-nothing-to-change = Нічого змінювати: вкажіть принаймні один --параметр.
gathering-summary-intro = Як просуваються плани через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
} після зустрічі:
gathering-report-title = <b>#{ $number } { $title }</b>
gathering-report-commitments = Плани: { $count } від { $people ->
    [one] { $people } особи
    [few] { $people } осіб
    [many] { $people } осіб
   *[other] { $people } особи
} · зроблено { $done } · частково { $partly } · ще ні { $not-yet } · не актуально { $let-go } · відкрито { $open }
gathering-report-shared = Доступно координаторам:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }, присутність: { $present }
mydata-gatherings = { $count ->
    [0] Ви не відповідали на запрошення на зустрічі.
    [one] Ваші відповіді на зустрічі ({ $count }):
    [few] Ваші відповіді на зустрічі ({ $count }):
    [many] Ваші відповіді на зустрічі ({ $count }):
   *[other] Ваші відповіді на зустрічі ({ $count }):
}
mydata-gathering = • { $cohort }, «{ $title }»: { $answer }, присутність: { $present }
mydata-commitments = { $count ->
    [0] У вас немає планів.
    [one] Ваші плани ({ $count }):
    [few] Ваші плани ({ $count }):
    [many] Ваші плани ({ $count }):
   *[other] Ваші плани ({ $count }):
}
mydata-commitment = • { $cohort } ({ $status }, { $visibility }): { $text }
report-gatherings-title = Зустрічі: відповіді, відвідуваність і плани
report-gathering-line = #{ $number } { $title }: прийдуть { $going }, прийшли { $present }; { $commitments ->
    [one] { $commitments } план
    [few] { $commitments } плани
    [many] { $commitments } планів
   *[other] { $commitments } плану
}: зроблено { $done }, частково { $partly }, відкрито { $open }
report-gathering-going = прийдуть
report-gathering-present = прийшли
report-gathering-axis = зустріч
report-gathering-count = осіб
gathering-rsvp-noted = Записав. Подробиці надіслав вам в особистому чаті.
gathering-moved = У «{ $title }» новий час: { $when }.
commitment-answer-not-yet-mentor = Записав: ще ні. Щось заважає? Ваш наставник, { $mentor }, може допомогти: натисніть кнопку — і я перекажу, що ви хотіли спробувати.
button-commitment-ask-mentor = Попросити наставника про допомогу
commitment-help-to-mentor = Потрібна допомога: { $mentee } ({ $cohort }) не може зрушити з тим, що планувалося спробувати після зустрічі: «{ $text }». Зможете зв’язатися?
commitment-help-sent = Я повідомив наставника ({ $mentor }). З вами зв’яжуться.
commitment-help-unreachable = Зараз не можу написати наставнику ({ $mentor }) в особистому чаті: будь ласка, зв’яжіться напряму.
cmd-hope-summary = перед зустріччю розкажіть організаторам, чого хочете навчитися або з чим потрібна допомога
cmd-hope-usage = /hope чого хочете навчитися [--gathering НОМЕР] [--cohort "Назва"] (/hope - стирає)
field-intention = очікування
gathering-reminder-hope = Чого ви хочете навчитися або з чим потрібна допомога? Розкажіть організаторам особисто: /hope …
hope-saved = Дякую: організатори «{ $title }» це прочитають (лише вони й ви).
hope-cleared = Стерто для «{ $title }».
hope-error-no-gathering = Не знайшов майбутньої зустрічі, на яку ви відповіли. Спершу дайте відповідь на запрошення або вкажіть зустріч: --gathering НОМЕР.
hope-error-started = Ця зустріч уже почалася.
gathering-report-hopes = Чого люди хочуть навчитися:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope =   чого ви хочете навчитися: { $text }

## Опитування (src/features/surveys)
cmd-survey-summary = опитування: шаблони, створення, розсилка, результати, закриття (координатори)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = готові опитування: після зустрічі, через 30 днів, самооцінка
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = створити опитування за шаблоном або за коротким описом (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create Назва + по питанню на рядок
cmd-survey-edit-summary = змінити питання опитування (якщо хтось уже відповів — нова версія)
cmd-survey-edit-usage = /survey edit НОМЕР + новий опис
cmd-survey-show-summary = переглянути питання опитування (надішлю вам в особистому чаті)
cmd-survey-show-usage = /survey show НОМЕР
cmd-survey-send-summary = розіслати опитування когорті, кожному в особистому чаті
cmd-survey-send-usage = /survey send НОМЕР [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = результати опитування: питання показується, коли на нього відповіли не менше людей, ніж найменша показувана група когорти (надішлю вам в особистому чаті)
cmd-survey-results-usage = /survey results НОМЕР [--group]
cmd-survey-close-summary = закрити опитування: відповіді більше не приймаються
cmd-survey-close-usage = /survey close НОМЕР
cmd-survey-list-summary = опитування когорти
cmd-survey-list-usage = /survey list
cmd-surveys-summary = ваші відкриті опитування: відповісти або змінити відповіді (в особистому чаті)
cmd-surveys-usage = /surveys
button-survey-skip = Пропустити
button-survey-done = Готово
button-survey-yes = Так
button-survey-no = Ні
button-survey-answer = Відповісти на «{ $title }»
button-survey-change = Змінити відповіді на «{ $title }»
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (анонімно: ніхто, навіть координатори, не бачить, які відповіді ваші)
   *[no] (координатори бачать ваші відповіді; у результатах — лише підсумки, якщо { $k ->
        [one] відповіла { $k } особа
        [few] відповіли { $k } особи
        [many] відповіли { $k } осіб
       *[other] відповіли { $k } особи
    } і більше)
}
survey-dm-question = Питання { $n } з { $total }:
survey-dm-text-hint = Дайте відповідь коротким текстом.
survey-dm-text-hint-optional = Дайте відповідь коротким текстом або напишіть «пропустити».
survey-dm-multi-hint = Виберіть усі відповідні варіанти й натисніть «Готово».
survey-dm-scale-hint = Від { $min } до { $max }.
survey-answer-saved = Збережено.
survey-thanks = Дякую за відповіді!
survey-done-anonymous = Ваші відповіді збережено без імені. Змінити їх тепер не можна.
survey-done-named = До кінця терміну відповіді можна змінити через /surveys.
survey-changing = Попередні відповіді зберігаються, доки ви їх не заміните.
survey-already-answered = Ви вже відповіли на це опитування.
survey-invite-group = Коротке опитування: «{ $title }». Якщо я не написав вам про нього в особистому чаті, відкрийте { $link } і дайте відповідь там.
survey-invite-group-nolink = Коротке опитування: «{ $title }». Якщо я не написав вам про нього в особистому чаті, напишіть мені туди й надішліть /surveys.
survey-reminder = Нагадування: «{ $title }» закривається приблизно за { $left ->
    [one] { $left } годину
    [few] { $left } години
    [many] { $left } годин
   *[other] { $left } години
}. Надішліть /surveys, щоб відповісти або продовжити.
survey-error-definition = Опис опитування некоректний (місце: { $where }). Формат — у docs/surveys.md.
survey-error-json = Не вдається прочитати цей JSON.
survey-error-line = Рядок { $n } — не питання. Пишіть «тип: питання», наприклад «scale5: Наскільки це було корисно?».
survey-error-type = Рядок { $n }: «{ $type }» — не тип питання. Використовуйте single, multi, scale5, scale10, yesno або text.
survey-error-too-long = Опис задовгий (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}).
survey-error-too-many = В опитуванні може бути щонайбільше { $max ->
    [one] { $max } питання
    [few] { $max } питання
    [many] { $max } питань
   *[other] { $max } питання
}.
survey-error-no-template = Шаблону «{ $name }» немає. Шаблони: { $templates }.
survey-error-no-themes = Самооцінка питає про теми когорти, а в цієї когорти їх немає. Додайте їх: /cohort edit --themes "…".
survey-error-not-found = У цій когорті немає опитування { $id }. Див. /survey list.
survey-error-not-member = Ви не в когорті цього опитування.
survey-error-closed = Це опитування закрите.
survey-error-unknown = Цього опитування більше немає.
survey-error-remind = «{ $value }» — не проміжок часу на кшталт 1d або 12h.
survey-error-range = Дайте відповідь числом від { $min } до { $max }.
survey-error-required = На це питання потрібно відповісти.
survey-error-use-buttons = Відповідайте кнопками під питанням.
survey-error-answer-too-long = Відповідь задовга (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}).
survey-created = Опитування { $number } готове: «{ $title }», { $questions ->
    [one] { $questions } питання
    [few] { $questions } питання
    [many] { $questions } питань
   *[other] { $questions } питання
}, { $anonymous ->
    [yes] анонімне
   *[no] не анонімне
}. Перевірте його командою /survey show { $number }, надішліть — /survey send { $number }.
survey-edited = Опитування { $number } тепер має версію { $version }. Відповіді, дані раніше, залишаються у версії, на яку відповідали.
survey-sent = Опитування { $number } надіслано: в особистому чаті — { $dm }, за посиланням тут — { $group }. Термін: { $deadline }.
survey-closed = Опитування { $number } закрито. Результати: /survey results { $number }.
survey-list-title = <b>Опитування</b>
survey-list-none = Опитувань поки немає. Почніть із /survey templates.
survey-list-line = { $number }. { $title } ({ $status }, { $anonymous ->
    [yes] анонімне
   *[no] не анонімне
})
survey-show-title = <b>Опитування { $number }: { $title }</b> ({ $status }, { $anonymous ->
    [yes] анонімне
   *[no] не анонімне
})
survey-show-if = лише якщо { $question } = { $equals }
survey-show-optional = (необов’язково)
survey-show-deadline = Термін: { $at }
survey-templates-title = <b>Шаблони опитувань</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = Створіть опитування: /survey create ШАБЛОН [--anonymous].
survey-results-title = <b>Результати опитування { $number }: { $title }</b> ({ $status })
survey-results-none = Відповідей поки немає.
survey-results-version = <b>Версія { $n }</b>
survey-results-people = { $n ->
    [one] Відповіла { $n } особа.
    [few] Відповіли { $n } особи.
    [many] Відповіли { $n } осіб.
   *[other] Відповіли { $n } особи.
}
survey-results-answered = { $n ->
    [one] { $n } відповідь
    [few] { $n } відповіді
    [many] { $n } відповідей
   *[other] { $n } відповіді
}
survey-results-option = { $option }: { $n } ({ $pct }%)
survey-results-scale = Середнє { $mean }, медіана { $median } (з { $max })
survey-results-texts-hidden = Письмові відповіді бачать лише координатори.
survey-change-title = <b>До і після</b> (опитування { $before } → опитування { $after })
survey-change-paired = { $question }: { $change } у середньому в тих, хто відповів на обидва опитування ({ $n ->
    [one] { $n } особа
    [few] { $n } особи
    [many] { $n } осіб
   *[other] { $n } особи
})
survey-change-means = { $question }: { $before } → { $after } ({ $change })
surveys-title = <b>Ваші відкриті опитування</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] є відповіді
    [started] розпочато
   *[new] не розпочато
}, до { $deadline })
surveys-none = У вас немає відкритих опитувань.
survey-mydata-named = • Ваші відповіді на опитування «{ $title }»:
survey-mydata-skipped = (пропущено)
survey-mydata-anonymous = • Відповіді на анонімні опитування зберігаються без вашого імені й будь-яких ідентифікаторів: я не можу визначити, які з них ваші, тому не можу ні показати, ні видалити їх.
survey-report-title = Опитування
survey-report-line = { $title }: { $people ->
    [one] відповіла { $people } особа
    [few] відповіли { $people } особи
    [many] відповіли { $people } осіб
   *[other] відповіли { $people } особи
}
survey-tpl-feedback-title = Після зустрічі
survey-tpl-feedback-about = відгук одразу після зустрічі (5 питань)
survey-tpl-feedback-intro = Кілька питань про зустріч, щоб наступна вийшла кращою.
survey-tpl-feedback-useful = Загалом, наскільки корисною була для вас зустріч?
survey-tpl-feedback-best = Що вам допомогло найбільше?
survey-tpl-feedback-best-sessions = Заняття й виступи
survey-tpl-feedback-best-people = Знайомства з людьми
survey-tpl-feedback-best-practice = Практика
survey-tpl-feedback-best-materials = Матеріали
survey-tpl-feedback-again = Чи прийшли б ви на таку зустріч ще раз?
survey-tpl-feedback-why-not = Чому ні?
survey-tpl-feedback-change = Що нам змінити наступного разу?
survey-tpl-followup-title = Через 30 днів
survey-tpl-followup-about = через місяць: що знадобилося, що заважало (5 питань)
survey-tpl-followup-intro = Минув місяць. Що з вивченого ви застосували?
survey-tpl-followup-used = Чим ви відтоді скористалися?
survey-tpl-followup-used-skills = Опанованими навичками
survey-tpl-followup-used-tools = Новими для себе інструментами
survey-tpl-followup-used-contacts = Новими знайомствами
survey-tpl-followup-used-nothing = Поки нічим
survey-tpl-followup-blocked = Вам щось заважало?
survey-tpl-followup-what-blocked = Що вам заважало?
survey-tpl-followup-recommend = Наскільки ймовірно, що ви порекомендуєте цю когорту другові?
survey-tpl-followup-else = Хочете розповісти нам щось іще?
survey-tpl-self-assessment-title = Самооцінка
survey-tpl-self-assessment-about = упевненість від 1 до 5 щодо кожної теми когорти; проведіть до і після
survey-tpl-self-assessment-intro = Наскільки впевнено ви почуваєтеся? 1 — зовсім ні, 5 — дуже впевнено.
survey-tpl-self-question = Наскільки впевнено ви почуваєтеся в темі:

## Звіти й вивантаження (src/features/reports, розділи звітів у функціях)
cmd-report-summary = графіки життя когорти, надішлю вам в особистому чаті; «group»: підсумок для всіх
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = цифри, що стоять за /report, у вигляді файлів: CSV для таблиць, JSON або сторінка для Meta-Wiki
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = Щодо когорти { $cohort } з { $since } поки нічого показати.
report-header = <b>{ $cohort }</b>: звіт з { $since } по { $until }
report-group-header = <b>Як справи в { $cohort }</b> (з { $since })
report-no-images = У цьому чаті не можна показати зображення, тож ось лише цифри.
report-group-posted = Я опублікував підсумок у групі когорти { $cohort }.
report-error-since = Для «--since» потрібна дата на кшталт 2027-01-01; «{ $value }» — не дата.
report-error-since-future = «--since { $value }» — це в майбутньому: звітувати поки нема про що.
report-error-what = «--what» приймає одне чи кілька значень із: { $allowed }. «{ $value }» серед них немає.
report-error-word = Не знаю, що тут означає «{ $word }». Спробуйте /report, /report group або /help report.
report-error-no-group = Я більше не можу писати в групу цієї когорти, тож не можу там нічого опублікувати.
export-error-format = Можу вивантажити у форматах { $allowed }; «{ $value }» серед них немає.
export-sent = { $count ->
    [one] Ваше вивантаження в { $format }: { $count } файл.
    [few] Ваше вивантаження в { $format }: { $count } файли.
    [many] Ваше вивантаження в { $format }: { $count } файлів.
   *[other] Ваше вивантаження в { $format }: { $count } файлу.
}
export-inline = У цей чат не можна надіслати файли, тож ось текст кожного — його можна скопіювати.
report-few = менше ніж 5
report-members-title = Учасники з часом
report-series-joined = Приєдналися
report-series-left = Вийшли
report-series-members = У когорті
report-members-now = Зараз: активні { $active }, на перерві { $paused }, вийшли { $left }.
report-members-period = З { $since }: приєдналися { $joined }, вийшли { $left }.
report-axis-month = Місяць
report-axis-week = Тиждень
report-axis-people = Люди
report-col-status = Статус
report-col-people = Люди
report-col-answered = Відповіли
report-col-expected = Запитано
report-col-date = Дата
report-checkins-title = Чек-іни: хто відповів
report-axis-checkin = Чек-ін
report-axis-rate = Відповіли (%)
report-checkins-total = { $count ->
    [one] { $count } чек-ін
    [few] { $count } чек-іни
    [many] { $count } чек-інів
   *[other] { $count } чек-іну
}: { $answered ->
    [one] { $answered } відповідь
    [few] { $answered } відповіді
    [many] { $answered } відповідей
   *[other] { $answered } відповіді
} із { $expected } запитаних ({ $rate }%).
report-checkins-line = { $date }: відповіли { $answered } із { $expected } ({ $rate }%)
report-checkins-hidden = { $date }: запитано менше ніж { $k ->
    [one] { $k } особу
    [few] { $k } особи
    [many] { $k } осіб
   *[other] { $k } особи
}, не показую
report-checkins-count = { $count ->
    [one] Відбувся { $count } чек-ін.
    [few] Відбулися { $count } чек-іни.
    [many] Відбулося { $count } чек-інів.
   *[other] Відбулося { $count } чек-іну.
}
report-mentorships-title = Наставництво
report-axis-mentorships = Пари наставництва
report-mentorship-status = { $status ->
    [all] запитано
    [accepted] прийнято
    [active] ще триває
    [declined] відхилено
    [timed_out] без відповіді
   *[asked] чекає на відповідь
}
report-mentorships-line = Запитано { $asked }: прийнято { $accepted } (ще триває { $active }), відхилено { $declined }, без відповіді { $timedOut }, чекають на відповідь { $waiting }.
report-mentorships-group = { $active ->
    [one] Триває { $active } наставництво.
    [few] Тривають { $active } наставництва.
    [many] Триває { $active } наставництв.
   *[other] Триває { $active } наставництва.
}
report-peers-title = Раунди зустрічей: чи ви зустрілися?
report-axis-round = Раунд
report-peer-answer = { $answer ->
    [yes] зустрілися
    [not-yet] ще ні
    [no] не зустрілися
   *[none] без відповіді
}
report-peers-line = Раунд { $number } ({ $date }): зустрілися { $yes } із { $people } ({ $rate }%), ще ні — { $notYet }, не зустрілися — { $no }, не відповіли — { $silent }.
report-peers-hidden = Раунд { $number } ({ $date }): менше ніж { $k ->
    [one] { $k } особа
    [few] { $k } особи
    [many] { $k } осіб
   *[other] { $k } особи
}, не показую

# Issue 12: /help start, лапки всередині тексту в лапках
cmd-start-summary = почати розмову зі мною в особистому чаті (посилання для вступу чи відповіді саме її відкриє)
error-quote-inside = Лапка { $quote } усередині тексту в лапках завершує його передчасно. Напишіть її як \{ $quote } або візьміть текст в інші лапки («…» чи “…”).
keyword-duration-minutes = хвилина, хвилини, хвилин, хвилину, хв
keyword-duration-hours = година, години, годин, годину, год
keyword-duration-days = день, дні, днів, доба, доби, діб
keyword-duration-weeks = тиждень, тижні, тижнів, тиж

## w4-checkins
checkin-next-after-skip = { $next } ({ $skipped } пропускається)
checkin-error-duplicate = Розклад №{ $id } уже має такий самий ритм: другий публікував би кожен чек-ін і кожен підсумок двічі. Виберіть інший час або перегляньте /checkin list.
checkin-error-already-open = Чек-ін розкладу №{ $id } уже відкритий до { $closes }: відповіді йдуть до нього.
checkin-stats-open = Відкритий зараз: розклад №{ $id }, поки відповіли { $answered } з { $total }; закриється { $closes }.
cohort-error-create-right = Створити когорту тут може лише адміністратор цього чату (або координатор його когорти).
cohort-timezone-not-given = { $source ->
    [yours] Часовий пояс: { $timezone } (ваш; іншого не вказано).
   *[default] Часовий пояс: { $timezone } (типовий; іншого не вказано).
} Чек-іни йдуть за ним. Змінити: /cohort edit --timezone Регіон/Місто
checkin-digest-coordinators-kept = Відповіді, якими поділилися, збережено для координаторів: вони читають їх в особистому чаті командою /checkin digest.
checkin-digest-coordinators-start = { $names }: я поки не можу написати вам особисто, тож підсумок на вас чекає. Відкрийте особистий чат зі мною й надішліть /checkin digest.
cmd-checkin-digest-summary = останній чек-ін так, як його бачать координатори: хто брав участь і відповіді, якими поділилися (в особистому чаті)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = Вашу відповідь на запитання { $n } оновлено.
timezone-cleared = Ваш часовий пояс видалено; час показано за { $timezone } (зараз { $now }).
## w4-network
cmd-network-summary = мережі когорт: об’єднувати когорти, ділитися знахідками, бачити їх поруч
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = мережі, до яких входить ця когорта
cmd-network-list-usage = /network list
cmd-network-create-summary = почати мережу з цією когортою; ви її координуєте
cmd-network-create-usage = /network create "Назва"
cmd-network-invite-summary = одноразовий код для ще однієї когорти (надходить в особистий чат)
cmd-network-invite-usage = /network invite ["Мережа"]
cmd-network-join-summary = ця когорта вступає до мережі за кодом (лише її координатори)
cmd-network-join-usage = /network join КОД
cmd-network-leave-summary = ця когорта виходить із мережі
cmd-network-leave-usage = /network leave ["Мережа"]
cmd-network-hub-summary = зробити цей чат центром мережі, куди надходить її дайджест
cmd-network-hub-usage = /network hub ["Мережа"]
cmd-network-settings-summary = чи чекають матеріали цієї когорти схвалення координатора
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["Мережа"]
cmd-network-report-summary = когорти мережі поруч (в особистий чат)
cmd-network-report-usage = /network report ["Мережа"]
cmd-share-summary = запропонувати мережам вашої когорти одну з ваших рефлексій, відповідей на чек-ін або зобов’язань
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = вибрати, чим поділитися
cmd-share-list-usage = /share
cmd-share-withdraw-summary = забрати матеріал до надсилання
cmd-share-withdraw-usage = /share withdraw
field-network-name = назва мережі
network-created = Мережу «{ $name }» створено разом із { $cohort }. Ви її координуєте. Запросіть іншу когорту командою <code>/network invite</code>.
network-invite-code = Одноразовий код для «{ $name }»: <code>{ $code }</code>. Дійсний до { $until }, для однієї когорти. Її координатор пише <code>/network join { $code }</code> у групі когорти.
network-joined = { $cohort } вступила до «{ $name }». Когорт у мережі тепер: { $count }.
network-left = { $cohort } вийшла з «{ $name }». Ще не надіслані матеріали цієї когорти не підуть.
network-list-none = { $cohort } не входить до жодної мережі. Координатор може почати мережу командою <code>/network create "Назва"</code> або вступити до мережі за кодом.
network-list-title = Мережі когорти { $cohort }:
network-list-line = • «{ $name }»: { $cohorts }; схвалення { $approval ->
    [on] увімкнено
   *[off] вимкнено
}; центр { $hub ->
    [yes] під’єднано
   *[no] не під’єднано
}
network-approval-set = Матеріали { $cohort } для «{ $name }» { $approval ->
    [on] тепер чекають схвалення координатора.
   *[off] тепер ідуть без схвалення.
}
network-error-none = Ця когорта не входить до жодної мережі.
network-error-which = Укажіть мережу: { $names }.
network-error-unknown-name = Тут немає мережі «{ $name }». Мережі: { $names }.
network-error-not-network-coordinator = Це можуть лише координатори мережі, а ви не координуєте жодної.
network-error-too-many = Когорта може входити щонайбільше до { $max ->
    [one] { $max } мережі
    [few] { $max } мереж
    [many] { $max } мереж
   *[other] { $max } мережі
}.
network-error-code-unknown = Такий код невідомий. Попросіть новий у координатора мережі.
network-error-code-used = Цей код уже використано. Кожен код — для однієї когорти; попросіть новий.
network-error-code-expired = Термін дії коду минув. Попросіть новий у координатора мережі.
network-error-already-in = { $cohort } уже входить до «{ $name }». Код не використано.
network-error-approval-value = Напишіть <code>--approval on</code> або <code>--approval off</code>.
network-hub-attached = Цей чат тепер центр мережі «{ $name }»: сюди щотижня надходитиме дайджест знахідок, якими поділилися.
network-hub-error-cannot-post = Я не можу писати в цей чат, тож він не став центром «{ $name }». Дозвольте мені писати туди й спробуйте знову.
network-digest-title = З мережі «{ $name }»: чим вирішили поділитися учасники ({ $count })
network-digest-language = <b>Мовою: { $language }</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }, { $author })
network-share-title = Що ви хочете запропонувати мережам вашої когорти? Без вашого вибору нічого не піде.
network-share-item = { $n }. { $kind ->
    [reflection] Рефлексія
    [checkin] Відповідь на чек-ін
   *[commitment] Зобов’язання
} ({ $cohort }): { $text }
network-share-button = Поділитися { $n }
network-share-outcome = { $text } — { $status ->
    [done] зроблено
    [partly] зроблено частково
    [not-yet] ще ні
   *[let-go] відмовився
}
network-share-confirm = Ви пропонуєте це мережам { $networks }:
    { $text }
    Чи показувати в дайджесті ваше ім’я?
network-share-with-name = З моїм ім’ям
network-share-without-name = Без мого імені
network-share-cancel = Скасувати
network-share-cancelled = Нічого не надіслано.
network-share-done = Надіслано до { $networks }. Піде в наступному дайджесті; доти <code>/share withdraw</code> забирає назад.
network-share-pending = Запропоновано { $networks }. Спершу це схвалює координатор вашої когорти; <code>/share withdraw</code> забирає назад.
network-share-error-no-network = Жодна з ваших когорт не входить до мережі, ділитися нема з ким.
network-share-error-nothing = У вас поки немає рефлексій, відповідей на чек-іни чи підсумків зобов’язань, щоб поділитися.
network-share-error-gone = Цей матеріал уже не ваш або його вже немає.
network-share-error-already = Ви вже пропонували це цим мережам.
network-approve-ask = Учасник когорти { $cohort } хоче поділитися цим із мережею «{ $network }»:
    { $text }
network-approve-yes = Схвалити
network-approve-no = Відхилити
network-approve-done = Схвалено: піде в наступному дайджесті.
network-decline-done = Відхилено: не піде.
network-approve-already = Інший координатор уже вирішив, або автор забрав матеріал.
network-approve-not-coordinator = Вирішувати може лише координатор цієї когорти.
network-withdraw-item = { $n }. { $text }
network-withdraw-button = Забрати { $n }
network-report-title = «{ $name }», останні 30 днів (когорт: { $count })
network-report-line = • { $cohort }: { $members ->
    [one] { $members } учасник
    [few] { $members } учасники
    [many] { $members } учасників
   *[other] { $members } учасника
}, відповіли на чек-ін — { $active }, { $checkins ->
    [yes] частка відповідей { $rate }%
   *[no] чек-інів не було
}
network-report-line-small = • { $cohort }: менше 5 учасників, не показано
network-report-error-one = У «{ $name }» одна когорта: порівнювати поки нічого. Запросіть іншу командою <code>/network invite</code>.
mydata-network-shares = Чим ви поділилися з мережами ({ $count }):
mydata-network-share = • «{ $network }» ({ $status ->
    [pending] чекає схвалення
    [approved] чекає дайджесту
    [declined] відхилено
    [withdrawn] забрано
   *[sent] надіслано
}, { $named ->
    [yes] з вашим ім’ям
   *[no] без вашого імені
}): { $text }
mydata-network-coordinator = Ви координуєте мережі { $names }.
cmd-network-announce-summary = розіслати оголошення в групу кожної когорти мережі
cmd-network-announce-usage = /network announce ТЕКСТ [--network "Мережа"]
field-announcement = оголошення
network-error-announcements-value = Напишіть <code>--announcements on</code> або <code>--announcements off</code>.
network-announcements-set = Оголошення мережі { $announcements ->
    [on] тепер надходять до { $cohort }.
   *[off] більше не надходять до { $cohort }.
} («{ $name }»)
network-announcement = <b>З мережі «{ $name }»</b>
    { $text }
network-announce-sent = Оголошення «{ $name }» поставлено в чергу для груп когорт: { $sent }; не надіслано (відмовилися або недоступні): { $skipped }.
## w4-surveys
survey-k-too-few = Менше ніж { $k ->
    [one] { $k } відповідь
    [few] { $k } відповіді
    [many] { $k } відповідей
   *[other] { $k } відповіді
}: не показано.
survey-k-too-few-people =
    { $k ->
        [one] Відповіли менше ніж { $k } особа: нічого не показано, щоб нікого не можна було впізнати.
        [few] Відповіли менше ніж { $k } особи: нічого не показано, щоб нікого не можна було впізнати.
        [many] Відповіли менше ніж { $k } осіб: нічого не показано, щоб нікого не можна було впізнати.
       *[other] Відповіли менше ніж { $k } особи: нічого не показано, щоб нікого не можна було впізнати.
    }
survey-k-change-too-few = { $question }: менше ніж { $k ->
    [one] { $k } відповідь
    [few] { $k } відповіді
    [many] { $k } відповідей
   *[other] { $k } відповіді
}, не показано
survey-k-few = менше ніж { $k }
survey-error-audience-to = Не можу надіслати «{ $value }». Використайте --to cohort, --to gathering:НОМЕР або --to role:mentor (або role:member, role:coordinator).
survey-error-no-gathering = У цій групі немає зустрічі { $id }.
survey-error-nobody = Жоден активний учасник не відповідає «{ $value }»: нічого не надіслано.
survey-chart-before = до
survey-chart-after = після
survey-chart-change-title = Самооцінка до і після
survey-chart-means-title = Шкали опитувань: середня відповідь
survey-chart-theme = Тема
survey-chart-question = Питання
survey-chart-mean = Середнє
survey-error-format = «{ $value }» — не формат: використайте --format json або --format text.
survey-error-export-text = В цьому опитуванні тексти кількома мовами або вступний текст: його можна вивантажити лише як JSON.
survey-exported = Опитування { $number }, щоб вставити в /survey import:
survey-exported-file = Опитування { $number } — у файлі вище; вставте його вміст у /survey import.
button-survey-delete = Видалити
survey-delete-confirm =
    { $answers ->
        [one] Видалити опитування { $number } «{ $title }» разом із відповідями ({ $answers })? Це не можна скасувати.
        [few] Видалити опитування { $number } «{ $title }» разом із відповідями ({ $answers })? Це не можна скасувати.
        [many] Видалити опитування { $number } «{ $title }» разом із відповідями ({ $answers })? Це не можна скасувати.
       *[other] Видалити опитування { $number } «{ $title }» разом із відповідями ({ $answers })? Це не можна скасувати.
    }
survey-delete-cancelled = Нічого не видалено.
survey-deleted = Опитування { $number } «{ $title }» і його відповіді видалено.
survey-error-summary-too-few =
    { $k ->
        [one] Відповіли менше ніж { $k } особа: у групу нічого не надіслано.
        [few] Відповіли менше ніж { $k } особи: у групу нічого не надіслано.
        [many] Відповіли менше ніж { $k } осіб: у групу нічого не надіслано.
       *[other] Відповіли менше ніж { $k } особи: у групу нічого не надіслано.
    }
survey-summary-title = <b>Результати опитування: { $title }</b> ({ $n ->
    [one] { $n } відповідь
    [few] { $n } відповіді
    [many] { $n } відповідей
   *[other] { $n } відповіді
})
survey-summary-posted = Підсумок опитування { $number } опубліковано в групі (без письмових відповідей, лише результати достатньої кількості людей).
survey-poll-anonymous-note = Анонімно: бот рахує відповідь, не зберігаючи, хто її дав. Одна відповідь на людину.
survey-poll-counted = Враховано анонімно.
survey-new-title-ask = Нове опитування. Як воно називається? (відповідайте, до { $max ->
    [one] { $max } символу
    [few] { $max } символів
    [many] { $max } символів
   *[other] { $max } символу
}; «cancel» — скасувати)
survey-new-menu = <b>{ $title }</b>: { $count ->
    [one] { $count } питання
    [few] { $count } питання
    [many] { $count } питань
   *[other] { $count } питання
}, { $anonymous ->
    [yes] анонімне
   *[no] іменне
}. Що далі?
button-survey-new-add = Додати питання
button-survey-new-anonymous = Зробити анонімним
button-survey-new-named = Зробити іменним
button-survey-new-preview = Попередній перегляд
button-survey-new-save = Зберегти
survey-new-type-ask = Яке це питання?
button-survey-type-single = Один варіант
button-survey-type-multi = Кілька варіантів
button-survey-type-scale5 = Шкала 1–5
button-survey-type-scale10 = Шкала 0–10
button-survey-type-yesno = Так / ні
button-survey-type-text = Письмова відповідь
survey-new-text-ask = Питання { $n }: напишіть його (відповідайте, до { $max ->
    [one] { $max } символу
    [few] { $max } символів
    [many] { $max } символів
   *[other] { $max } символу
}).
survey-new-options-ask = Напишіть варіанти, по одному в рядку або через |, від 2 до { $max }.
survey-new-required-ask = Відповідь обовʼязкова?
button-survey-new-required = Обовʼязкове
button-survey-new-optional = Необовʼязкове
survey-new-condition-ask = Ставити завжди чи лише після певної відповіді? Для умови відповідайте, наприклад, q2=no (на питання 2 відповіли «ні»).
button-survey-new-always = Завжди
survey-new-added = Питання { $n } додано.
survey-new-no-questions = Питань поки немає.
survey-new-cancelled = Нове опитування скасовано; нічого не збережено.
survey-new-error-full = В опитуванні не більше { $max ->
    [one] { $max } питання
    [few] { $max } питань
    [many] { $max } питань
   *[other] { $max } питання
}.
survey-new-error-text = Напишіть від 1 до { $max ->
    [one] { $max } символу
    [few] { $max } символів
    [many] { $max } символів
   *[other] { $max } символу
}.
survey-new-error-options = Вкажіть від 2 до { $max ->
    [one] { $max } варіанта
    [few] { $max } варіантів
    [many] { $max } варіантів
   *[other] { $max } варіанта
}, кожен не довший за { $len ->
    [one] { $len } символ
    [few] { $len } символи
    [many] { $len } символів
   *[other] { $len } символу
}.
survey-new-error-condition = Запишіть умову як qN=відповідь, де N — одне з попередніх питань (від 1 до { $max }).
survey-new-error-empty = Додайте хоча б одне питання перед збереженням.
cmd-survey-new-summary = написати опитування крок за кроком, в особистих (питання, тип, варіанти, умова, перегляд)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = створити опитування з вставленого JSON або короткого текстового формату (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON або Назва + по питанню в рядку
cmd-survey-export-summary = визначення опитування, щоб зберегти або імпортувати деінде (надішлю в особисті)
cmd-survey-export-usage = /survey export НОМЕР [--format json|text]
cmd-survey-delete-summary = видалити опитування та його відповіді (спершу спитаю)
cmd-survey-delete-usage = /survey delete НОМЕР
cmd-survey-poll-summary = одне питання як голосування в групі
cmd-survey-poll-usage = /survey poll "Питання?" "А" "Б" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = стара назва /cohort edit --smallest-group: скільки осіб має стояти за результатом, щоб його показати (3 або більше; типово 5)
cmd-survey-threshold-usage = /survey threshold [ЧИСЛО]
## w4-gatherings
cmd-gathering-ics-summary = файл календаря для зустрічі, в особисті повідомлення
cmd-gathering-ics-usage = /gathering ics НОМЕР
cmd-gathering-feed-summary = посилання на підписку на календар когорти (в особисті); reset створює нове й вимикає старе
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = задати код зали, потрібний для «Я тут» (покажу вам в особистих)
cmd-gathering-code-usage = /gathering code НОМЕР [код|-]
cmd-gathering-settings-summary = коли надходять нагадування і коли бот питає про результати
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = Нагадування перед зустріччю: { $reminders }. Запитання після неї, у днях: { $steps } (перше питає, що люди спробують).
gathering-settings-saved = Збережено. Нагадування перед зустріччю: { $reminders }. Запитання після неї, у днях: { $steps }.
gathering-settings-error-reminders = «{ $value }» — не список нагадувань: вкажіть до { $max ->
    [one] { $max } строку
    [few] { $max } строків
    [many] { $max } строків
   *[other] { $max } строку
} до початку, наприклад 7d,1d,1h (від 15m до 60d), або - щоб їх не було.
gathering-settings-error-steps = «{ $value }» — не послідовність запитань: вкажіть від 2 до { $max ->
    [one] { $max } дня
    [few] { $max } днів
    [many] { $max } днів
   *[other] { $max } дня
} після зустрічі за зростанням, наприклад 1,7,30,90.
gathering-reminder-in = Через { $span }: { $answer ->
    [maybe] (ви відповіли «можливо»)
   *[going] (ви відповіли, що прийдете)
}
gathering-commit-ask-days = Дякую, що прийшли на «{ $title }» ({ $cohort }). Що ви спробуєте найближчими тижнями? Напишіть від одного до трьох пунктів, кожен через /commit, наприклад: <code>/commit провести перший марафон редагування --by 2027-05-01</code>. Їх читаєте лише ви, якщо не додасте --visibility mentor або coordinators. Я спитаю, як ідуть справи, через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
} після зустрічі.
gathering-followup-target = Ваш строк: { $date }.
commit-error-bad-date = «{ $value }» — не дата: напишіть, наприклад, 2027-04-30.
commit-error-date-past = { $value } вже минуло: вкажіть день, починаючи з сьогоднішнього.
commit-error-date-too-far = { $value } — більш ніж за рік: оберіть ближчий крок.
commit-saved-target = Строк: { $date }.
commitment-target = (до { $date })
commitment-status-word = { $status ->
    [done] зроблено
    [partly] зроблено частково
    [not-yet] ще ні
    [let-go] облишено
   *[open] відкрито
}
commitment-visibility-word = { $visibility ->
    [mentor] ви і ваш наставник
    [coordinators] ви і координатори
   *[me] лише ви
}
gathering-answer-word = { $answer ->
    [going] прийду
    [maybe] можливо
    [no] не прийду
   *[waitlist] у списку очікування
}
gathering-present-word = { $present ->
    [yes] так
   *[no] ні
}
commitment-answer-not-yet-peer = Записав: ще ні. Щось заважає? { $peer } теж працює над темою «{ $topic }»: одним натисканням я перекажу, що ви хотіли спробувати, і попрошу зв'язатися з вами.
button-commitment-ask-peer = Попросити допомоги в { $peer }
commitment-help-to-peer = { $mentee } ({ $cohort }) застряг(ла) на тому, що хотів(ла) спробувати після зустрічі: «{ $text }». Ви обоє працюєте над темою «{ $topic }»: можете зв'язатися?
gathering-ics-join = Приєднатися онлайн: { $url }
gathering-ics-caption = «{ $title }» для вашого календаря
gathering-ics-sent = Я надіслав вам «{ $title }» для календаря в особисті.
gathering-ics-unreachable = Не можу надіслати вам файл в особисті: відкрийте особистий чат зі мною (надішліть там /start) і спробуйте ще раз.
gathering-feed = Календар когорти: підпишіться на <code>{ $webcal }</code> (або { $https }) у застосунку календаря. Зустрічі, зміни й скасування з'являться там самі. Діліться посиланням лише з учасниками: хто його має, той бачить зустрічі. /gathering feed reset створює нове посилання й вимикає це.
gathering-feed-reset = Нове посилання на календар: <code>{ $webcal }</code> (або { $https }). Старе більше не працює; тим, хто підписався, потрібне нове.
gathering-feed-no-url = У бота не задано публічну адресу (PUBLIC_URL), тож я не можу дати посилання на календар. Запитайте оператора; поки що /gathering ics НОМЕР надсилає зустріч файлом.
gathering-code-error-format = «{ $value }» не може бути кодом зали: від 3 до 12 літер або цифр.
gathering-code-set = Код зали для №{ $number } «{ $title }»: <b>{ $code }</b>. Оголосіть його в залі; учасники відмічаються командою /here { $code } (краще в особистих зі мною). /gathering code { $number } - прибирає код.
gathering-code-cleared = Для «Я тут» на №{ $number } «{ $title }» код більше не потрібен.
gathering-here-needs-code = Ця зустріч має код зали, його оголошують на місці: надішліть /here { $number } КОД (краще в особистих зі мною).
gathering-error-wrong-code = Це не код зали. Уточніть його в організаторів на місці.
## w4-pairing
pair-confirmed-requests = Запитано наставників: { $mentors }. Надіслано запитів: { $requests }. Кожен наставник має { $hours } год на відповідь; без відповіді людину запропонують наступному найкращому наставникові.
pair-by-hand-in-group = Скласти пару вручну можна в групі когорти: надішліть там /pair @наставник @підопічний.
pair-mine-no-cohort = Ви ще не в жодній когорті. Приєднайтеся до неї в її групі командою /join.
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = Напишіть { $other } напряму: торкніться імені.
pair-intro-times-both = Кілька варіантів часу для зустрічі, коли ви обоє не спите:
pair-ended-unpaired = { $person }, координатор завершив ваше наставництво з { $other } у { $name }.
pair-ended-left = { $person }, { $other } залишив(-ла) { $name }, тож ваше наставництво завершено.
pair-ended-away = { $person }, { $other } на деякий час відійшов(-ла) від { $name }, тож ваше наставництво завершено.
pair-ended-next-mentor = Я питаю для вас наступного найкращого наставника; ви дізнаєтеся, коли хтось погодиться.
mydata-someone-who-left = людина, яка пішла
pair-reason-language-unknown = мову не вказано
person-pick = Учасників з іменем «{ $who }» кілька. Кого ви маєте на увазі?
pair-ask-open-private = <a href="{ $link }">Відкрийте особистий чат зі мною</a>, і такі запити надходитимуть туди.
pair-ended-you-left = { $person }, ви залишили { $name }, тож ваше наставництво з { $other } завершено.
pair-ended-you-away = { $person }, ви на деякий час відійшли від { $name }, тож ваше наставництво з { $other } завершено; йому чи їй запропонують іншого наставника.
## w4-reports
cmd-audit-summary = хто що робив у когорті (ролі, пари, вивантаження, опитування), надсилається вам в особисті
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = У журналі аудиту { $cohort } поки нічого немає.
audit-header = <b>Журнал аудиту { $cohort }</b>: { $count ->
    [one] останній запис
    [few] останні { $count } записи, спершу нові
    [many] останні { $count } записів, спершу нові
   *[other] останні { $count } запису, спершу нові
} (лише ідентифікатори й налаштування).
audit-error-word = /audit приймає лише --since 2027-01-01; «{ $word }» тут мені невідоме.
report-web-not-set-up = Сторінку звіту на цьому боті не налаштовано: оператор задає PUBLIC_URL (docs/configuration.md).
report-web-link = Ваша особиста сторінка звіту для { $cohort } (діє { $hours } год). Не передавайте її: будь-хто з посиланням може читати сторінку, доки строк не мине. /report web revoke вимикає всі посилання.
report-web-revoked = Жодне видане досі посилання на сторінку звіту { $cohort } більше не працює.
report-web-title = Звіт: { $cohort }
report-web-downloads = Завантаження
report-web-audit = Журнал аудиту
report-web-audit-when = Коли
report-web-audit-who = Хто
report-web-audit-action = Дія
report-web-audit-details = Подробиці
report-web-expires = Посилання діє до { $at }.
network-hub-error-not-admin = Зробити цей чат центром мережі може лише його адміністратор.
## lead: nudge fallback
checkin-nudge-group = { $person }, у мене до вас запитання про групу. Я не можу написати вам першим: відкрийте { $link } і натисніть «Старт», щоб прочитати його.
checkin-nudge-group-private = { $person }, у мене до вас запитання про групу. Напишіть мені в особисті повідомлення, щоб прочитати його.
## w5-gatherings
gathering-code-error-digits = «{ $value }» складається лише з цифр, і /here сприйме його як номер зустрічі. Виберіть код зали хоча б з однією літерою або надішліть /gathering code { $number }, і я придумаю код сам.
## w5-nethub
network-offer-ask = Запропонувати це мережі { $networks }? { $kind ->
    [reflection] Ваша рефлексія
    [checkin] Ваша відповідь на чек-ін
   *[commitment] Як пройшло ваше зобов’язання
}:
    { $text }
    Нічого не піде, доки ви не оберете це тут (або пізніше через <code>/share</code>).
network-offer-no = Не це
network-digest-theme-language = <b>{ $themes } · мовою: { $language }</b>
network-report-gatherings = { "  " }зустрічей: { $gatherings }, зобов’язань: { $commitments }, виконано: { $done }, частково: { $partly } ({ $rate }% виконано)
network-report-chart-title = «{ $name }»: відповіді на чек-іни та виконані зобов’язання за когортами
network-report-axis-response = Відповіді на чек-іни
network-report-axis-followups = Виконані зобов’язання
cmd-network-export-summary = цифри мережі у файлах, зібрані з вивантажень когорт (надходять в особисті повідомлення)
cmd-network-export-usage = /network export [csv|json|wikitext] ["Мережа"]
network-hub-channel-code = Щоб зробити канал Telegram центром мережі «{ $name }»: додайте мене до каналу адміністратором із правом публікувати, потім протягом години опублікуйте там:
    <code>/network hub { $code }</code>
    Я підтверджу в каналі, видалю цю публікацію й повідомлю вас тут. Для групи чи кімнати Matrix виконайте <code>/network hub</code> просто в ній.
network-hub-channel-done = Канал { $channel } тепер центр мережі «{ $name }».
network-hub-channel-bad-code = Цей код невідомий, уже використаний або прострочений. Координатор мережі отримає новий, надіславши мені <code>/network hub</code> в особисті повідомлення.
network-space-created = Я створив простір Matrix «{ $name }» і запросив вас; кімнат когорт у ньому: { $count }. Кімнати когорт, які приєднаються до мережі чи залишать її, буде додано або прибрано.
network-space-synced = Простір «{ $name }» знову актуальний; кімнат когорт у ньому: { $count }.
network-space-error-platform = Простори є лише в Matrix: виконайте це в Matrix. У Telegram центром мережі може бути група або канал (<code>/network hub</code>).
cmd-network-space-summary = простір Matrix із кімнатами когорт мережі, завжди актуальний
cmd-network-space-usage = /network space ["Мережа"]
## w5-surveys
button-survey-back = « Назад
survey-back-first = Це перше питання: до нього немає відповіді, яку можна змінити.
survey-dm-your-answer = Ваша відповідь зараз: { $answer }
survey-back-none = Зараз на вас не чекає жодне питання опитування. /surveys покаже ваші відкриті опитування.
survey-dm-back-hint = Щоб змінити попередню відповідь, напишіть «назад».
smallest-group-is =
    { $count ->
        [one] Найменша показувана група когорти — { $count } особа: результати опитувань, а також звіти й підсумки поза особистим переглядом координаторів не показують кількостей, часток і середніх для меншої кількості людей.
        [few] Найменша показувана група когорти — { $count } особи: результати опитувань, а також звіти й підсумки поза особистим переглядом координаторів не показують кількостей, часток і середніх для меншої кількості людей.
        [many] Найменша показувана група когорти — { $count } осіб: результати опитувань, а також звіти й підсумки поза особистим переглядом координаторів не показують кількостей, часток і середніх для меншої кількості людей.
       *[other] Найменша показувана група когорти — { $count } особи: результати опитувань, а також звіти й підсумки поза особистим переглядом координаторів не показують кількостей, часток і середніх для меншої кількості людей.
    }
smallest-group-set =
    { $count ->
        [one] Відтепер кількості, частки й середні показуються, лише якщо за ними стоїть щонайменше { $count } особа (опитування, звіти, підсумки).
        [few] Відтепер кількості, частки й середні показуються, лише якщо за ними стоїть щонайменше { $count } особи (опитування, звіти, підсумки).
        [many] Відтепер кількості, частки й середні показуються, лише якщо за ними стоїть щонайменше { $count } осіб (опитування, звіти, підсумки).
       *[other] Відтепер кількості, частки й середні показуються, лише якщо за ними стоїть щонайменше { $count } особи (опитування, звіти, підсумки).
    }
smallest-group-moved = Тепер це одне налаштування когорти для опитувань, звітів і будь-яких підрахунків: /cohort edit --smallest-group ЧИСЛО (від 3 до 100; типово 5).
smallest-group-error = Найменша показувана група — ціле число від { $min } до { $max }; «{ $value }» ним не є.
cohort-card-smallest-group =
    { $count ->
        [one] Найменша показувана група: { $count } особа (менші підрахунки не показуються).
        [few] Найменша показувана група: { $count } особи (менші підрахунки не показуються).
        [many] Найменша показувана група: { $count } осіб (менші підрахунки не показуються).
       *[other] Найменша показувана група: { $count } особи (менші підрахунки не показуються).
    }
survey-status-word = { $status ->
    [draft] ще не надіслано
    [closed] закрите
   *[open] відкрите
}
## w5-netmatch
cmd-network-meet-summary = познайомитися з кимось з іншої когорти мережі (так чи ні; відповідь в особисті)
cmd-network-meet-usage = /network meet [on|off] ["Мережа"]
cmd-network-round-summary = познайомити записаних учасників з кимось з іншої когорти (координатори мережі)
cmd-network-round-usage = /network round [every 2w|off] ["Мережа"]
network-meet-status-title = Знайомства з людьми з інших когорт:
network-meet-status-line = • «{ $network }» (через { $cohort }): { $state ->
    [on] так
   *[off] ні
  }
network-meet-explain = Коли координатор мережі запускає раунд, вас в особистих повідомленнях знайомлять з кимось з іншої когорти, за можливості зі спільною мовою і темою. Ця людина бачить ваше ім'я, вашу когорту і як з вами зв'язатися (ваш @username у Telegram або ваш Matrix ID); ви бачите те саме про неї.
network-meet-button-on = Так, познайомте мене
network-meet-button-off = Ні, досить
network-meet-on = Вас познайомлять з кимось з іншої когорти в { $networks }. Ця людина побачить ваше ім'я, вашу когорту і як з вами зв'язатися. <code>/network meet off</code> вимикає це.
network-meet-off = Вас більше ні з ким не знайомитимуть в { $networks }.
network-meet-off-already = Ви й не були записані на знайомства там.
network-meet-error-paused = У цій когорті ви на перерві: спершу поверніться, потім запишіться.
network-meet-error-no-network = Жодна з ваших когорт тут не входить до мережі.
network-round-error-one = У «{ $name }» одна когорта: знайомитися поки ні з ким з іншої когорти.
network-round-error-few = Менше двох учасників «{ $name }» записалися через <code>/network meet on</code>, тож раунду немає.
network-round-done = Раунд { $number } мережі «{ $name }»: { $groups ->
    [one] { $groups } знайомство
    [few] { $groups } знайомства
    [many] { $groups } знайомств
   *[other] { $groups } знайомства
} для { $people ->
    [one] { $people } людини
    [few] { $people } людей
    [many] { $people } людей
   *[other] { $people } людини
}. Нікого не знайшлося цього разу: { $unplaced }. Груп із двома людьми з однієї когорти (ніхто інший не підійшов): { $same }. Не вдалося написати в особисті: { $unreached }.
network-meet-intro = { $person }, у мережі «{ $network }» ви знайомитеся { $group ->
    [pair] з людиною
   *[triad] з двома людьми
  } з іншої когорти:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort }), у { $platform }: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort }), у { $platform }: має ваш контакт і напише вам першим.
network-meet-intro-common = Спільне: { $common }.
network-meet-common-languages = ви говорите мовами: { $languages }
network-meet-common-topics = цікавлять теми: { $topics }
network-meet-common-none = ні мов, ні тем не вказано; привітайтеся і подивіться
network-meet-intro-next = Напишіть одне одному й домовтеся про час: вистачить дзвінка або кількох повідомлень.
network-meet-nobody = { $person }, у цьому раунді ніхто з інших когорт «{ $network }» вам не підійшов. Ви залишаєтеся записані на наступний.
mydata-network-meet = Мережі, де ви знайомитеся з людьми з інших когорт ({ $count }):
mydata-network-meet-on = • «{ $network }», через { $cohort }, з { $since }
mydata-network-meet-round = • «{ $network }», раунд { $number } ({ $when }): ви познайомилися з { $others }
## w5-reports2
report-chart-too-few = Діаграма: поки що нічого показати. Вона з’явиться, коли в ній буде { $min } або більше людей.
export-file-too-large = Файл { $file } не надіслано: його розмір { $size } МБ більший, ніж приймає цей чат ({ $limit } МБ). Завантажте його зі сторінки звіту: /report web

## w5-gqa
gathering-report-people = Відповідь і присутність кожного:
gathering-ics-hint = Для вашого календаря: /gathering ics { $number }
button-gathering-keep = Ні, залишити
gathering-kept = Нічого не змінюється: «{ $title }» відбудеться.
report-gathering-line-let-go = #{ $number } { $title }: прийдуть { $going }, прийшли { $present }; { $commitments ->
    [one] { $commitments } план
    [few] { $commitments } плани
    [many] { $commitments } планів
   *[other] { $commitments } плану
}: зроблено { $done }, частково { $partly }, не актуально { $letgo }, відкрито { $open }

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = назад, повернутися
survey-closed-unfinished = Опитування «{ $title }» закрито до того, як ви закінчили, тому цю відповідь не збережено.
survey-error-json-type = Питання { $n }: «{ $type }» — не тип питання. Використовуйте single, multi, scale5, scale10, yesno або text.
survey-error-too-many-options = У питання { $n } забагато варіантів (не більше ніж { $max }).
survey-error-question-too-long = Питання { $n }: його текст або один із варіантів задовгий (не більше ніж { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}).
survey-error-title-too-long = Назва, вступний текст або текст подяки задовгі (не більше ніж { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}).
survey-error-send-poll = Опитування { $number } — швидке голосування в групі: на нього відповідають там, в особисті чати воно не розсилається. Результати: /survey results { $number }.

## w6-netment
network-report-mentorships = { "  " }наставництво: триває { $active }; запитано: { $asked }, прийнято: { $accepted }

## w3-net-web
cmd-network-page-summary = посилання на вебсторінку того, чим поділилися в мережі (приходить в особисті; revoke вимикає всі посилання)
cmd-network-page-usage = /network page [revoke] ["Мережа"]
network-page-link = Вебсторінка того, чим поділилися в «{ $name }» (діє { $hours } год). На ній те, чим учасники вирішили поділитися, з іменами лише там, де вони погодилися; будь-хто з посиланням може читати її, доки воно діє. <code>/network page revoke</code> вимикає всі посилання.
network-page-revoked = Жодне з виданих досі посилань на сторінку «{ $name }» більше не працює. <code>/network page</code> дає нове.
network-page-not-set-up = Сторінку мережі на цьому боті не налаштовано: оператор задає PUBLIC_URL (docs/configuration.md).
network-page-title = Чим поділилися в мережі «{ $name }»
network-page-intro = Висновки, якими вирішили поділитися учасники { $cohorts ->
    [one] її { $cohorts } когорти
    [few] її { $cohorts } когорт
    [many] її { $cohorts } когорт
   *[other] її { $cohorts } когорти
}, за темами й мовами. Те, що автор відкликав, тут більше не показується.
network-page-nothing = Поки що нічим не поділилися.
network-page-expires = Посилання діє до { $at }.
network-page-refused-title = Це посилання не працює
network-page-refused = Строк посилання минув, його відкликали, змінили, або воно веде на іншу сторінку. Координатор мережі отримує нове командою /network page.
network-withdraw-title-any = Те, чим ви поділилися. Забране не потрапить до наступних зведень і зникне зі сторінки мережі (уже опубліковане зведення лишається):
network-withdraw-done-any = Забрано: більше не піде і прибрано зі сторінки мережі.
network-withdraw-none-any = Вам нічого забрати.
mydata-network-page = Схвалене, надіслане чи ні, також є на вебсторінці кожної мережі для всіх, хто має її посилання, доки ви його не відкличете (<code>/share withdraw</code>).
network-round-rhythm-usage = Скажіть, як часто: <code>/network round every 2w</code> (від 1 до 12 тижнів) або <code>/network round off</code>.
network-round-rhythm-weeks = Раунди бувають раз на 1–{ $max ->
    [one] { $max } тиждень
    [few] { $max } тижні
    [many] { $max } тижнів
   *[other] { $max } тижня
}, наприклад <code>/network round every 2w</code>.
network-round-rhythm-set = Раунди між когортами «{ $name }» тепер відбуваються самі { $weeks ->
    [one] раз на { $weeks } тиждень
    [few] раз на { $weeks } тижні
    [many] раз на { $weeks } тижнів
   *[other] раз на { $weeks } тижня
}; перший — { $next }. <code>/network round off</code> їх зупиняє.
network-round-rhythm-off = Раунди між когортами «{ $name }» більше не відбуваються самі; <code>/network round</code> і далі запускає раунд.
network-round-rhythm-skipped = Цього разу раунду між когортами «{ $name }» немає: потрібні дві когорти й щонайменше два учасники, що записалися через <code>/network meet on</code>.
network-round-rhythm-note = Цей раунд відбувся сам (раз на { $weeks ->
    [one] { $weeks } тиждень
    [few] { $weeks } тижні
    [many] { $weeks } тижнів
   *[other] { $weeks } тижня
}); наступний — { $next }.
## w3-net-e2e
network-meet-intro-you-write = У вас немає публічного імені користувача в { $platform }, тому { $name } не може вам написати: будь ласка, напишіть першими.
## w3-edges-pair
pair-ended-group = { $person }, ваше наставництво у { $name } завершилося.
pair-open-private = <a href="{ $link }">Відкрийте особистий чат зі мною</a>, і такі новини надходитимуть вам туди.
## w3-edges-tg
timezone-every-cohort = У вас один часовий пояс в усіх когортах: --cohort не змінює його лише для однієї.
