# cohort-bot — русский.
# Сообщения в разметке: <b>, <i>, <code>, <a href="…">. Переменные экранирует бот.
# Здесь должен быть каждый ключ из en.ftl: иначе тест упадёт.

language-name = Русский

## Общие слова

value-none = —
value-yes = да
value-no = нет
cancelled = Отменено. Ничего не изменилось.
done = Готово.
usage-line = Использование: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] наставник
    [coordinator] координатор
   *[member] участник
}
status-name = { $status ->
    [paused] на паузе
    [left] вышел
    [archived] в архиве
   *[active] активен
}
field-cohort-name = название когорты
field-languages = языки
field-region = регион
field-themes = темы
field-topics = интересы
field-about = текст «о себе»
button-cancel = Отмена
button-archive-confirm = Да, в архив
button-forget-confirm = Да, удалить мои данные

## Ошибки

error-internal = Извините, у меня что-то пошло не так. Попробуйте ещё раз через минуту.
error-unknown-command = Я не знаю команду { $command }. Отправьте /help, чтобы увидеть, что я умею.
error-unknown-command-suggest = Я не знаю команду { $command }. Может быть, вы имели в виду { $suggestion }?
error-unknown-subcommand = «{ $sub }» — не то, что делает эта команда.
error-unknown-subcommand-suggest = «{ $sub }» — не то, что делает эта команда. Может быть, вы имели в виду «{ $suggestion }»?
error-missing-subcommand = Этой команде нужно слово, которое говорит, что делать.
error-unclosed-quote = Кавычка не закрыта: добавьте { $quote } в конце текста.
error-unknown-flag = Я не знаю параметр { $flag }.
error-flag-needs-value = Параметру { $flag } нужно значение, например { $flag }=значение.
error-missing-argument = Здесь чего-то не хватает ({ $argument }).
error-unexpected-words = Я не ожидал здесь «{ $words }».
error-nothing-to-change = Скажите, что изменить: укажите хотя бы один параметр.
error-group-only = { $command } работает в групповом чате, где находится когорта.
error-no-cohort-here = В этом чате пока нет когорты. Администратор группы может создать её командой <code>/cohort create "Название"</code>.
error-not-member = Это могут делать только участники когорты. Отправьте /join, чтобы присоединиться.
error-needs-role = Это может делать только { $role } этой когорты.
error-text-empty = В поле «{ $field }» нет видимых символов.
error-text-too-long = Слишком длинно: в поле «{ $field }» может быть не больше { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
} (сейчас { $length }).
error-too-many-items = Слишком много: { $field } — не больше { $max }.
error-bad-timezone = «{ $value }» — не известный мне часовой пояс. Используйте название вроде Europe/Moscow, Asia/Almaty или Europe/Berlin.
error-bad-language = «{ $value }» — не код языка. Используйте коды вроде ru, en, uk или pt-BR.
error-unsupported-language = Я пока не говорю на «{ $value }». Я говорю на: { $available }.
error-bad-until = «{ $value }» — не дата и не длительность. Используйте дату вроде 2026-12-24 или 12h, 3d, 2w.
error-until-past = { $value } уже прошло.
error-until-too-far = { $value } — больше чем через год.
error-bad-number = Поле «{ $field }» должно быть целым числом от { $min } до { $max } (а не «{ $value }»).
error-bad-yes-no = Ответьте на «{ $field }» да или нет (а не «{ $value }»).
error-bad-role = «{ $value }» — не роль. Роли: member, mentor и coordinator.
error-bad-profile-field = «{ $value }» — не поле профиля. Поля: { $fields }.
error-unknown-person = Я пока не знаю { $who }. Я узнаю людей, когда они пишут в чате, где я есть.
error-not-in-cohort = { $name } не участник этой когорты.
error-cohort-exists = В этом чате уже есть когорта: { $name }. Сначала отправьте её в архив, чтобы начать новую.
error-cohort-archived = Когорта { $name } в архиве.
error-unknown-cohort = Вы не состоите в когорте «{ $value }». Ваши когорты: { $cohorts }.
private-not-understood = Я отвечаю на команды. Отправьте /help, чтобы их увидеть.

## Кнопки

action-stale = Эта кнопка больше не действует.
action-not-yours = Эта кнопка для другого человека.

## /help

cmd-help-summary = что я умею здесь
cmd-help-usage = /help [команда]
help-title-group = <b>Команды, доступные в этой группе</b>
help-title-private = <b>Команды, доступные здесь</b>
help-line = { $usage } — { $summary }
help-footer = Отправьте <code>/help команда</code>, чтобы узнать о ней подробнее.
help-where-group = Работает в групповом чате.
help-where-private = Работает в личном чате со мной.

## /start

start-welcome = Здравствуйте, { $name }! Я веду когорты взаимного обучения: чек-ины, наставничество, рефлексии. Отправьте /help, чтобы увидеть, что вы можете делать, или откройте ссылку-приглашение когорты.
start-joined = Добро пожаловать в { $name }! Расскажите о себе наставнику и координаторам — здесь, в личном чате, командой <code>/profile set about …</code>. Отправьте /help, чтобы узнать больше.
start-bad-link = Эта ссылка-приглашение больше не действует. Попросите новую у координатора.

## /cohort

cmd-cohort-summary = посмотреть когорту этого чата; координаторы создают её и управляют ею
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = показать когорту
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = создать когорту этого чата или темы
cmd-cohort-create-usage = /cohort create "Название" [--languages ru,en] [--region "…"] [--themes "a, b"] [--timezone Регион/Город] [--language ru]
cmd-cohort-edit-summary = изменить название, контекст или настройки когорты
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no]
cmd-cohort-pause-summary = поставить когорту на паузу, при желании до определённой даты
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = возобновить когорту после паузы
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = отправить когорту в архив (с подтверждением)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = В этом чате пока нет когорты. Администратор группы может создать её командой <code>/cohort create "Название"</code>.
cohort-created = Когорта <b>{ $name }</b> создана. Участники присоединяются командой /join или по ссылке ниже.
cohort-edited = Изменено: { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = Статус: { $status }
cohort-card-status-until = Статус: { $status } до { $until }
cohort-card-languages = Языки: { $languages }
cohort-card-region = Регион: { $region }
cohort-card-themes = Темы: { $themes }
cohort-card-timezone = Часовой пояс: { $timezone }
cohort-card-language = Бот говорит на языке: { $language }
cohort-card-members = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
cohort-card-names-in-group-on = В группе я называю тех, кто не ответил, кто на паузе и кому не нашлось пары.
cohort-card-names-in-group-off = В группе я только считаю, без имён, тех, кто не ответил, на паузе или без пары; координаторы получают имена в личном чате.
cohort-card-join-link = Ссылка-приглашение: <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } на паузе. Ничего не запланировано до /cohort resume.
cohort-paused-until = { $name } на паузе до { $until }.
cohort-already-paused = Когорта уже на паузе.
cohort-not-paused = Когорта не на паузе.
cohort-resumed = { $name } снова активна.
cohort-resumed-auto = Пауза закончилась: { $name } снова активна.
cohort-archive-confirm = Отправить <b>{ $name }</b> в архив? Участники останутся в чате, но когорта остановится, и здесь можно будет создать новую.
cohort-archived = { $name } в архиве.
bot-added = Здравствуйте! Я веду когорты взаимного обучения. Администратор группы может начать когорту командой <code>/cohort create "Название"</code>; отправьте /help, чтобы узнать больше.
room-encrypted = Эта комната зашифрована сквозным шифрованием, а я пока не умею читать зашифрованные сообщения, поэтому команды здесь остаются без ответа. Используйте для когорты незашифрованную комнату или попросите того, кто меня запускает, включить поддержку шифрования.
bot-added-with-cohort = Снова здравствуйте! Когорта { $name } всё ещё здесь. Отправьте /help, чтобы увидеть, что я умею.

## Участники

cmd-join-summary = присоединиться к когорте этого чата
cmd-join-usage = /join
cmd-leave-summary = выйти из когорты этого чата
cmd-leave-usage = /leave
cmd-members-summary = список участников когорты
cmd-members-usage = /members [--all]
cmd-role-summary = назначить кому-то роль
cmd-role-usage = /role @пользователь member|mentor|coordinator
join-welcome = Добро пожаловать в { $name }, { $person }!
join-welcome-dm = Добро пожаловать в { $name }! Расскажите о себе наставнику и координаторам — здесь, в личном чате, командой <code>/profile set about …</code>. Отправьте /help, чтобы узнать больше.
join-already = Вы уже участник { $name }.
join-in-private = Чтобы присоединиться к когорте, отправьте /join в её группе или откройте её ссылку-приглашение.
leave-done = Вы вышли из { $name }. Ваш профиль сохранён на случай, если вы вернётесь; /forgetme удаляет всё.
leave-not-member = Вы не участник { $name }.
cmd-pause-summary = взять перерыв: до его конца вам не приходят чек-ины и пары
cmd-pause-usage = /pause [--until 2026-12-24|2w] (в личном чате: [--cohort "Название"])
cmd-resume-summary = закончить перерыв раньше
cmd-resume-usage = /resume (в личном чате: [--cohort "Название"])
pause-done-until = У вас перерыв в { $name } до { $until }: вам не приходят чек-ины, напоминания и пары. /resume заканчивает его раньше.
resume-done = С возвращением в { $name }: чек-ины снова будут приходить вам.
resume-not-paused = У вас нет перерыва в { $name }.
pause-ended-dm = Ваш перерыв в { $name } закончился: чек-ины снова будут приходить вам. /pause начинает новый.
members-title = <b>{ $name }</b>: { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] Ещё { $count } участник на перерыве.
    [few] Ещё { $count } участника на перерыве.
    [many] Ещё { $count } участников на перерыве.
   *[other] Ещё { $count } участника на перерыве.
}
members-left-count = { $count ->
    [one] Ещё { $count } человек вышел из когорты.
    [few] Ещё { $count } человека вышли из когорты.
    [many] Ещё { $count } человек вышли из когорты.
   *[other] Ещё { $count } человека вышли из когорты.
}
members-names-sent-privately = Я отправил вам полный список в личном чате.
members-names-not-in-group = Их имена не показываются в группе (/cohort edit --names-in-group yes их показывает).
members-none = В { $name } пока нет участников.
role-set = { $name } теперь { $role }.
role-admin-note = { $name } — администратор этого чата и остаётся здесь координатором, пока остаётся администратором.
role-admin-granted-note = { $name } — ещё и администратор этого чата. Выданная роль сохранит координаторство, если администраторство закончится; <code>/role @пользователь member</code> её снимает.
members-coordinator = { $source ->
    [admin] координатор (администратор чата)
    [both] координатор (администратор чата, а также по /role)
   *[granted] координатор (назначен через /role)
}
members-roles-note = Администраторы чата — координаторы, пока они администраторы. Роль, выданная через /role, действует, пока <code>/role @пользователь member</code> её не снимет.
role-unchanged = { $name } уже { $role }.

## /profile

cmd-profile-summary = посмотреть или изменить свой профиль
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = показать ваш профиль (координаторам: чужой, в личном чате)
cmd-profile-show-usage = /profile [show] [@пользователь] [--cohort "Название"]
cmd-profile-set-summary = задать поле: languages, region, topics, timezone, capacity, wants-mentor, stage; в личном чате также preferences и about
cmd-profile-set-usage = /profile set поле значение [--cohort "Название"]
cmd-profile-clear-summary = очистить поле
cmd-profile-clear-usage = /profile clear поле [--cohort "Название"]
profile-title = <b>{ $name }</b> в { $cohort } — { $role }, { $status }
profile-languages = Языки: { $value }
profile-region = Регион: { $value }
profile-topics = Интересы: { $value }
profile-timezone = Часовой пояс: { $value }
profile-capacity = Может наставлять: { $value ->
    [0] нет
    [one] { $value } человека
    [few] { $value } человек
    [many] { $value } человек
   *[other] { $value } человека
}
profile-wants-mentor = Хочет наставника: { $value }
profile-about = О себе: { $value }
profile-updated = Поле «{ $field }» сохранено для { $cohorts }.
profile-cleared = Поле «{ $field }» очищено для { $cohorts }.
profile-no-cohorts = Вы пока не состоите ни в одной когорте. Присоединитесь командой /join в её группе или по ссылке-приглашению.

## /language и /timezone

cmd-language-summary = выбрать язык, на котором я вам пишу
cmd-language-usage = /language [код]
cmd-timezone-summary = посмотреть или задать свой часовой пояс
cmd-timezone-usage = /timezone [Регион/Город]
language-current = Я пишу вам на языке: { $language }. Выберите другой:
language-set = Теперь я пишу вам на языке: { $language }.
language-group-note = В этой группе я продолжаю говорить на языке когорты.
timezone-current = Ваш часовой пояс: { $timezone } (сейчас { $now }).
timezone-set = Теперь ваш часовой пояс: { $timezone } (сейчас { $now }).

## /mydata и /forgetme

cmd-mydata-summary = всё, что я храню о вас
cmd-mydata-usage = /mydata
cmd-forgetme-summary = удалить всё, что я храню о вас
cmd-forgetme-usage = /forgetme
mydata-title = <b>Что я храню о вас</b>
mydata-account = Имя: { $name } (имя пользователя: { $username }), { $platform } id { $id }
mydata-settings = Язык: { $language } (ваше приложение сообщает: { $hint }), часовой пояс: { $timezone }
mydata-since = Знаком с вами с { $date }
mydata-memberships = { $count ->
    [0] Вы не состоите ни в одной когорте.
    [one] Вы состоите в { $count } когорте:
    [few] Вы состоите в { $count } когортах:
    [many] Вы состоите в { $count } когортах:
   *[other] Вы состоите в { $count } когорты:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, с { $joined }
mydata-profile = { "  " }языки { $languages }; регион { $region }; интересы { $topics }; часовой пояс { $timezone }; может наставлять { $capacity }; хочет наставника { $wantsMentor }; о себе: { $about }
mydata-audit = { $count ->
    [0] Вы не вносили изменений как координатор.
    [one] Под вашим именем записано { $count } изменение координатора.
    [few] Под вашим именем записано { $count } изменения координатора.
    [many] Под вашим именем записано { $count } изменений координатора.
   *[other] Под вашим именем записано { $count } изменения координатора.
}
mydata-footer = Я не храню сообщения из чатов — только ваши ответы на чек-ины и рефлексии (перечислены выше). /forgetme удаляет всё это.
forgetme-confirm = Это удалит ваш аккаунт здесь, ваш профиль и ваше участие в { $count ->
    [one] { $count } когорте
    [few] { $count } когортах
    [many] { $count } когортах
   *[other] { $count } когорты
}. Действия, которые вы совершали как координатор, останутся в журнале без вашего имени. Это нельзя отменить.
forgetme-done = Готово: я удалил всё, что хранил о вас. Если вы снова мне напишете, я начну с чистого листа.

## Чек-ины

cmd-checkin-summary = регулярные чек-ины: посмотреть их; координаторы составляют расписание
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats]
cmd-checkin-list-summary = расписания чек-инов этой когорты
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = добавить расписание чек-инов в часовом поясе когорты
cmd-checkin-schedule-usage = /checkin schedule еженедельно пн 18:00 | каждые 2 недели чт 09:30 | ежемесячно первый вт 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = опубликовать чек-ин сейчас
cmd-checkin-now-usage = /checkin now [номер]
cmd-checkin-skip-summary = пропустить следующий чек-ин расписания
cmd-checkin-skip-usage = /checkin skip номер
cmd-checkin-pause-summary = поставить расписание на паузу
cmd-checkin-pause-usage = /checkin pause номер
cmd-checkin-resume-summary = возобновить расписание после паузы
cmd-checkin-resume-usage = /checkin resume номер
cmd-checkin-delete-summary = удалить расписание и его чек-ины
cmd-checkin-delete-usage = /checkin delete номер
checkin-question-1 = Что вы сделали с прошлого чек-ина?
checkin-question-2 = Над чем вы будете работать дальше?
checkin-question-3 = Что-то мешает вам, или кто-то может помочь?
checkin-error-pattern = Не могу прочитать «{ $pattern }» как расписание. Попробуйте: еженедельно пн 18:00, каждые 2 недели чт 09:30, ежемесячно первый вт 17:00 или cron 0 18 * * 1.
checkin-error-weekday = «{ $word }» — не день недели (пн, вт, ср, чт, пт, сб, вс).
checkin-error-time = «{ $word }» — не время суток (от 00:00 до 23:59).
checkin-error-nth = «{ $word }» — не первый, второй, третий, четвёртый или последний.
checkin-error-every = «{ $word }» недель: выберите от 1 до 8.
checkin-error-cron = «{ $field }» — неверное поле cron (минута час день месяц день-недели).
checkin-error-never = Такое расписание никогда не наступит (такой даты нет).
checkin-error-too-often = Чек-ины могут быть не чаще раза в час.
checkin-error-span = { $flag } «{ $value }» — не длительность от 10m до 14d (например, 90m, 6h, 2d).
checkin-error-remind-window = Напоминание должно прийти до закрытия ответов: сделайте --remind короче, чем --window.
checkin-error-window-overlap = Окно ответов длиннее промежутка между двумя чек-инами: сделайте --window короче.
checkin-error-digest = «{ $value }» — не group и не coordinators.
checkin-error-questions = Не больше { $max ->
    [one] { $max } вопроса
    [few] { $max } вопросов
    [many] { $max } вопросов
   *[other] { $max } вопроса
}, пожалуйста.
checkin-error-question-length = В вопросе может быть не больше { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}.
checkin-error-no-schedule = Здесь нет расписания чек-инов «{ $id }». /checkin list показывает их.
checkin-error-not-active = Расписание №{ $id } на паузе: нет следующего чек-ина, который можно пропустить.
checkin-error-already-paused = Расписание №{ $id } уже на паузе.
checkin-error-not-paused = Расписание №{ $id } не на паузе.
checkin-error-not-member = Отвечать на чек-ины могут только участники когорты. Сначала /join.
checkin-error-closed = Этот чек-ин закрыт: ответы больше не принимаются.
checkin-error-on-break = У вас перерыв в этой когорте, поэтому чек-ины вас не учитывают. Сначала /resume, чтобы ответить.
checkin-none-yet = Здесь пока нет запланированных чек-инов. Координаторам: /checkin schedule еженедельно пн 18:00
checkin-scheduled = Расписание чек-инов №{ $id } создано.
checkin-list-title = <b>Расписания чек-инов</b>
checkin-schedule-line = №{ $id }: { $pattern } ({ $timezone }), { $status ->
    [paused] на паузе
   *[other] следующий { $next }
}, ответы открыты { $window ->
    [one] { $window } час
    [few] { $window } часа
    [many] { $window } часов
   *[other] { $window } часа
}
checkin-skipped = Чек-ин расписания №{ $id } { $when } будет пропущен.
checkin-paused = Расписание №{ $id } на паузе.
checkin-resumed = Расписание №{ $id } снова работает; следующий чек-ин { $next }.
checkin-delete-confirm = Удалить расписание №{ $id } ({ $pattern }) вместе с чек-инами и ответами? Это нельзя отменить.
checkin-deleted = Расписание №{ $id } удалено.
button-checkin-delete-confirm = Удалить
button-checkin-private = Ответить лично
button-checkin-share = Поделиться с когортой
button-checkin-keep-private = Оставить личным
checkin-prompt = <b>Время чек-ина, { $name }!</b> Ответы принимаются до { $closes }.
checkin-prompt-how = Ответьте на это сообщение, чтобы ответить здесь (по строке на вопрос), или ответьте в личном чате.
checkin-private-started = Я написал вам в личном чате.
checkin-dm-first = Я не могу написать вам первым: откройте личный чат со мной и снова нажмите кнопку.
checkin-dm-link = { $person }, я не могу написать вам первым. Откройте { $link } и нажмите «Старт»: там начнутся ваши ответы.
checkin-dm-first-link = Я не могу написать вам первым: воспользуйтесь ссылкой, которую я опубликовал.
checkin-dm-intro = Чек-ин { $name }. Отвечайте по одному вопросу; напишите «пропустить», чтобы пропустить вопрос.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = Спасибо! Вы ответили на { $answered } из { $total }. Показать ваши ответы в сводке?
checkin-will-share = Ваши ответы появятся в сводке.
checkin-kept-private = Ваши ответы останутся личными: сводка только учтёт вас.
checkin-reflect-offer = Хотите написать короткую рефлексию о том, чему вы научились? Её прочитаете только вы, если не решите иначе.
button-reflect-write = Написать рефлексию
button-reflect-not-now = Не сейчас
checkin-reflect-ask = Напишите рефлексию следующим сообщением (или «пропустить»).
checkin-reflect-later = Хорошо. В любое время: /reflect и несколько строк.
button-visibility-mentor = Поделиться с наставником
button-visibility-coordinators = Поделиться с координаторами
button-visibility-cohort = Поделиться с когортой
checkin-answer-saved = Спасибо, ваш ответ записан.
checkin-reminder-dm = Чек-ин { $name } скоро закроется, а вашего ответа у меня пока нет.
checkin-reminder-group = Чек-ин скоро закроется; ещё не ответили: { $names }.
checkin-reminder-group-count = Чек-ин скоро закроется; { $count ->
    [one] { $count } человек ещё не ответил.
    [few] { $count } человека ещё не ответили.
    [many] { $count } человек ещё не ответили.
   *[other] { $count } человека ещё не ответили.
}
checkin-digest-title = <b>Сводка чек-ина, { $name }</b>
checkin-digest-count = { $count ->
    [0] Никто не участвовал
    [one] Участвовал { $count } человек
    [few] Участвовали { $count } человека
    [many] Участвовали { $count } человек
   *[other] Участвовали { $count } человека
} (из { $total }).
checkin-digest-who = Спасибо: { $names }.
checkin-digest-coordinators-only = Ответы получают только координаторы.
checkin-digest-reflections = <b>Рефлексии, которыми поделились</b>
cmd-checkin-stats-summary = кто участвовал в последних чек-инах и кто затих (в личном чате)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = Ни один чек-ин ещё не закрылся.
checkin-stats-title = <b>Участие в { $count ->
    [one] последнем { $count } чек-ине
    [few] последних { $count } чек-инах
    [many] последних { $count } чек-инах
   *[other] последних { $count } чек-ина
}</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, серия { $streak }
checkin-stats-inactive = Пропустили { $count ->
    [one] { $count } чек-ин
    [few] { $count } чек-ина
    [many] { $count } чек-инов
   *[other] { $count } чек-ина
} или больше подряд: { $names }
checkin-error-inactive-after = «{ $value }» — не число чек-инов от 0 до 20 (0 — никогда).
checkin-nudge = Здравствуйте, { $person }! Вы пропустили { $count ->
    [one] последний { $count } чек-ин
    [few] последние { $count } чек-ина
    [many] последние { $count } чек-инов
   *[other] последние { $count } чек-ина
} в { $name }. Без давления: вы ещё с нами, хотите перерыв на две недели или предпочтёте выйти из когорты?
button-nudge-in = Я с вами
button-nudge-pause = Перерыв на две недели
button-nudge-leave = Выйти из когорты
nudge-still-in = Рад это слышать! До следующего чек-ина в { $name }.
nudge-left = Вы вышли из { $name }. /join в группе вернёт вас в любой момент, с прежним профилем.
mydata-checkins = { $count ->
    [0] Вы не ответили ни на один чек-ин.
    [one] Ваши ответы на чек-ины ({ $count }):
    [few] Ваши ответы на чек-ины ({ $count }):
    [many] Ваши ответы на чек-ины ({ $count }):
   *[other] Ваши ответы на чек-ины ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (показано другим: { $shared })

## Рефлексии

cmd-reflect-summary = написать рефлексию в личном чате и выбрать, кто может её читать
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "Название"]
cmd-reflections-summary = список ваших рефлексий, или с «shared» — тех, что другие разрешили вам читать (в личном чате)
cmd-reflections-usage = /reflections [shared] [--cohort "Название"]
reflect-error-not-member = Рефлексии принадлежат когорте: сначала присоединитесь к ней через /join.
reflect-error-too-long = В рефлексии может быть не больше { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}.
reflect-error-visibility = «{ $value }» — не me, mentor, coordinators или cohort.
reflect-saved = Сохранено в { $cohort }. { $visibility ->
    [me] Читать можете только вы.
    [mentor] Читать можете вы и ваш наставник.
    [coordinators] Читать можете вы и координаторы.
   *[cohort] Читать может вся когорта, и рефлексия появится в следующей сводке.
}
reflections-title = <b>Ваши рефлексии</b>
reflections-none = Вы ещё не написали ни одной рефлексии. /reflect … пишет новую.
reflections-line = { $date }, { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>Рефлексии, которыми поделились с вами</b> (за 90 дней)
reflections-shared-none = За последние 90 дней никто не поделился с вами рефлексией.
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] Вы не писали рефлексий.
    [one] Ваши рефлексии ({ $count }):
    [few] Ваши рефлексии ({ $count }):
    [many] Ваши рефлексии ({ $count }):
   *[other] Ваши рефлексии ({ $count }):
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }): { $text }

## Пары

cmd-pair-summary = ваш наставник или подопечные; координаторы подбирают наставников
cmd-pair-usage = /pair [mentors|confirm] | /pair @наставник @подопечный
cmd-pair-show-summary = ваш наставник или подопечные (координаторам: /pair @наставник @подопечный соединяет двоих вручную)
cmd-pair-show-usage = /pair | /pair @наставник @подопечный
cmd-pair-mentors-summary = предварительный подбор лучшего наставника для каждого, кто его хочет, с объяснением (в личном чате)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = предложить наставничество наставникам из подбора
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = завершить чьё-то наставничество (с подтверждением)
cmd-unpair-usage = /unpair @пользователь
pair-reason-shared-language = оба говорят: { $values }
pair-reason-language-bridging = нет общего языка (разрешено координатором)
pair-reason-same-region = оба из региона { $values }
pair-reason-shared-topics = интересы: { $values }
pair-reason-timezone-overlap = общих часов бодрствования: { $values }
pair-reason-timezone-unknown = часовой пояс неизвестен
pair-reason-stage-fit = этапы подходят ({ $values })
pair-reason-stage-mismatch = этапы далеки друг от друга ({ $values })
pair-reason-shared-preference = общее пожелание
pair-reason-repeat = уже были в паре ({ $values })
pair-reason-none = сильных причин нет, кроме свободного времени
pair-preview-title = <b>Предлагаемые наставники</b> ({ $count ->
    [one] { $count } пара
    [few] { $count } пары
    [many] { $count } пар
   *[other] { $count } пары
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: никто из наставников не подходит (нет общего языка или исключён)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: у подходящих наставников нет мест
pair-preview-confirm = /pair confirm предложит наставничество этим наставникам; /pair mentors пересчитает подбор.
pair-confirmed = { $count ->
    [one] Я спросил { $count } наставника.
    [few] Я спросил { $count } наставников.
    [many] Я спросил { $count } наставников.
   *[other] Я спросил { $count } наставника.
} У каждого есть { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
    [many] { $hours } часов
   *[other] { $hours } часа
} на ответ; без ответа подопечного предложат следующему подходящему наставнику.
pair-asked-one = Я спросил { $mentor }, готов ли он стать наставником для { $mentee }.
pair-ask = Здравствуйте, { $mentor }! Готовы ли вы стать наставником для { $mentee } в { $name }?
pair-why = Почему вы: { $reasons }.
pair-about = О человеке: { $about }
pair-ask-deadline = Пожалуйста, ответьте до { $when }.
button-pair-accept = Согласиться
button-pair-decline = Отказаться
pair-answer-late = Этот запрос уже закрыт.
pair-accepted-toast = Спасибо! Я познакомил вас друг с другом.
pair-declined-thanks = Спасибо, что сказали. Я спрошу кого-нибудь другого.
pair-no-next-mentor = Сейчас нет другого свободного наставника для { $mentee } в { $name }. Запустите /pair mentors снова, когда у кого-то появится место.
pair-intro-mentee = { $person }, знакомьтесь: ваш наставник { $other } в { $name }!
pair-intro-mentor = { $person }, знакомьтесь: ваш подопечный { $other } в { $name }!
pair-intro-times = Несколько вариантов времени для встречи (18:00 у подопечного):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = Ваш наставник: { $other } ({ $status ->
    [asked] запрос отправлен, ждём ответа
   *[other] подтверждено
})
pair-mine-mentee = Ваш подопечный: { $other } ({ $status ->
    [asked] ждёт вашего ответа
   *[other] подтверждено
})
pair-mine-none = У вас пока нет наставника или подопечного в этой когорте. Хотите наставника? /profile set wants-mentor yes
pair-error-two-people = Назовите двух человек: /pair @наставник @подопечный
pair-error-self = Нельзя быть наставником самому себе.
pair-error-has-mentor = У { $mentee } уже есть наставник (или запрос уже отправлен). Сначала /unpair { $mentee }.
pair-error-no-mentors = В этой когорте пока никто не вызвался быть наставником: участники предлагают себя командой /profile set capacity 2.
pair-error-no-mentees = Никто не ждёт наставника: участники просят его командой /profile set wants-mentor yes.
pair-error-no-preview = Нечего подтверждать: /pair mentors составит подбор.
pair-error-not-paired = У { $who } нет ни наставника, ни подопечного.
unpair-confirm = Завершить { $count ->
    [one] наставничество
    [few] { $count } наставничества
    [many] { $count } наставничеств
   *[other] { $count } наставничества
} для { $who }?
button-unpair-confirm = Завершить
unpair-done = { $count ->
    [one] Завершено { $count } наставничество.
    [few] Завершено { $count } наставничества.
    [many] Завершено { $count } наставничеств.
   *[other] Завершено { $count } наставничества.
}
mydata-mentorships = { $count ->
    [0] У вас нет наставничеств.
    [one] Ваше наставничество ({ $count }):
    [few] Ваши наставничества ({ $count }):
    [many] Ваши наставничества ({ $count }):
   *[other] Ваши наставничества ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: наставник для { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: ваш наставник { $other } ({ $status })
cmd-pair-peers-summary = провести раунд встреч сейчас: пары (тройка, если людей нечётное число), по возможности с новыми партнёрами
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = раунды встреч сами по себе раз в несколько недель или выключены; через сколько дней спросить «вы встретились?»
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = раунды встреч до сих пор: группы и кто сказал, что встретился (в личном чате)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>Раунд встреч №{ $number } в { $name }</b>: поздоровайтесь с партнёрами и найдите время поговорить.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: на этот раз никто не подошёл, извините.
pair-round-unplaced-count = • { $count ->
    [one] Для { $count } человека на этот раз никто не подошёл, извините.
    [few] Для { $count } человек на этот раз никто не подошёл, извините.
    [many] Для { $count } человек на этот раз никто не подошёл, извините.
   *[other] Для { $count } человека на этот раз никто не подошёл, извините.
}
pair-round-unplaced-dm = Здравствуйте, { $person }. В раунде встреч №{ $number } в { $name } на этот раз вам никто не подошёл, извините. Я попробую снова в следующем раунде.
pair-round-unplaced-coordinators = Раунд встреч №{ $number } в { $name }: на этот раз никто не подошёл для { $names }. Это видят только координаторы.
pair-round-follow-up = { $when } я спрошу каждого из вас, встретились ли вы.
pair-round-dm = Здравствуйте, { $person }! В раунде встреч №{ $number } в { $name } вы вместе с { $others }. Поздоровайтесь и найдите время поговорить.
pair-met-question = Здравствуйте, { $person }! Вы встретились с { $others } (раунд встреч №{ $number } в { $name })?
button-pair-met-yes = Да
button-pair-met-no = Нет
button-pair-met-not-yet = Пока нет
pair-met-thanks-yes = Замечательно, спасибо!
pair-met-thanks-no = Спасибо, что сказали. Может быть, в следующем раунде.
pair-met-thanks-not-yet = Понял. Вы сможете ответить «Да» позже.
pair-peers-error-paused = { $name } на паузе: раундов встреч не будет до возобновления.
pair-peers-error-too-few = Для раунда встреч нужно минимум два активных участника (те, кто на паузе, не участвуют).
pair-rounds-off = Раунды встреч выключены. /pair rounds every 2w их включает; вопрос «вы встретились?» приходит через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} после каждого раунда.
pair-rounds-on = Раунды встреч { $weeks ->
    [1] каждую неделю
    [one] раз в { $weeks } неделю
    [few] раз в { $weeks } недели
    [many] раз в { $weeks } недель
   *[other] раз в { $weeks } недели
}; следующий { $next }. Вопрос «вы встретились?» приходит через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} после каждого раунда.
pair-rounds-set = Раунды встреч { $weeks ->
    [1] каждую неделю
    [one] раз в { $weeks } неделю
    [few] раз в { $weeks } недели
    [many] раз в { $weeks } недель
   *[other] раз в { $weeks } недели
}; первый { $next }. /pair peers проводит раунд сейчас.
pair-rounds-turned-off = Раунды встреч выключены.
pair-rounds-follow-up-set = Вопрос «вы встретились?» будет приходить через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} после каждого раунда.
pair-rounds-error-usage = Скажите, как часто: /pair rounds every 2w, /pair rounds every 1w или /pair rounds off.
pair-rounds-error-weeks = Раунды бывают раз в 1–{ $max } недель, например /pair rounds every 2w.
pair-rounds-error-days = Вопрос «вы встретились?» приходит через 1–{ $max } дней после раунда, например /pair rounds follow-up 3d.
pair-stats-none = Раундов встреч пока не было: /pair peers проводит раунд.
pair-stats-title = <b>Раунды встреч</b> ({ $count })
pair-stats-line = • Раунд { $number } ({ $date }): { $groups ->
    [one] { $groups } группа
    [few] { $groups } группы
    [many] { $groups } групп
   *[other] { $groups } группы
}, { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
}. Встретились: да { $yes }, нет { $no }, пока нет { $notYet }, без ответа { $unanswered }
cmd-avoid-summary = никогда не оказываться в паре с кем-то (лично; человеку не сообщается)
cmd-avoid-usage = /avoid [@пользователь] [--remove] [--cohort "Название"]
avoid-title = <b>Люди, с которыми вы никогда не окажетесь в паре</b>
avoid-line = • { $cohort }: { $names }
avoid-none = Вы никого не избегаете. /avoid @пользователь здесь, в личном чате, — и я никогда не поставлю вас в пару; человеку не сообщается.
avoid-added = Запомнил: я никогда не поставлю вас в пару с { $who } (в { $cohorts }). Этому человеку не сообщается.
avoid-removed = { $who } снова может оказаться с вами в паре (в { $cohorts }).
avoid-error-self = Нельзя избегать самого себя.
avoid-error-no-shared-cohort = У вас нет общей когорты с { $who }.
error-bad-stage = «{ $value }» — не этап. Выберите один из: { $stages }.
field-preferences = пожелания
profile-stage = Этап: { $value }
profile-preferences = Пожелания для подбора (видите только вы): { $value }
mydata-matching = { "  " }этап { $stage }; пожелания для подбора { $preferences }; людей, которых вы избегаете: { $avoid }
cmd-pair-settings-summary = посмотреть или изменить подбор наставников: пары без общего языка, срок ответа
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = Настройки подбора: пары без общего языка: { $bridging }; наставники отвечают в течение { $hours ->
    [one] { $hours } часа
    [few] { $hours } часов
    [many] { $hours } часов
   *[other] { $hours } часа
}.
pair-settings-saved = Сохранено. Пары без общего языка: { $bridging }; наставники отвечают в течение { $hours ->
    [one] { $hours } часа
    [few] { $hours } часов
    [many] { $hours } часов
   *[other] { $hours } часа
}.
pair-error-answer-within = «{ $value }» — не срок от 12h до 14d (например, 48h или 3d).
pair-decline-why = Если хотите, скажите почему (одно нажатие). Это видят только координаторы; { $mentee } не узнает, кто отказался.
button-decline-no-time = Сейчас нет времени
button-decline-topics = Не мои темы
button-decline-other = Другая причина
pair-decline-noted = Спасибо. Вашу причину видят только координаторы; { $mentee } не узнает, кто отказался.
pair-preview-declined = • { $mentor } отказался от { $mentee } ({ $reason ->
    [no-time] сейчас нет времени
    [topics] не его темы
    [other] другая причина
   *[none] причина не указана
})
mydata-peer-groups = { $count ->
    [0] Вы не участвовали в раундах встреч.
    [one] Ваш раунд встреч ({ $count }):
    [few] Ваши раунды встреч ({ $count }):
    [many] Ваши раунды встреч ({ $count }):
   *[other] Ваши раунды встреч ({ $count }):
}
mydata-peer-group = • { $cohort }, раунд { $round }: с { $others } (вы встретились: { $answer })

# Приватность: то, что видит только один человек, личные команды в группе, выбор когорты (docs/privacy.md)
private-view-sent = { $person }, я отправил это вам в личном чате.
private-view-link = { $person }, это только для вас, а не для группы: <a href="{ $link }">откройте личный чат со мной</a>, и я отправлю это туда.
private-view-write-first = { $person }, это только для вас, а не для группы: сначала напишите мне в личном чате, а затем отправьте там { $command }.
private-refused = { $command } — личная команда, она работает только в личном чате со мной.
private-refused-deleted = Я убрал ваше сообщение из группы.
private-refused-dm = { $person }, я написал вам в личном чате: продолжим там.
private-refused-link = <a href="{ $link }">Продолжить в личном чате со мной</a>.
private-refused-write-first = Напишите мне в личном чате и отправьте это там.
private-continue = Вы попробовали { $command } в группе. Здесь это останется между нами: { $usage }
private-continue-here = Здесь это останется между нами: { $usage }
start-link-expired = Эта ссылка больше не действует. Отправьте команду здесь ещё раз: она работает и в личном чате.
cohort-choice-ask = Для какой когорты { $command }?
cohort-choice-none = Вы не состоите ни в одной когорте, где можно использовать { $command }.
cohort-choice-gone = Эта когорта больше не ваша (или вы её больше не координируете).
cohort-choice-name-it = Вы состоите во многих когортах: назовите одну, например { $command } --cohort "Название". Ваши: { $cohorts }.
error-cohort-not-here = Когорта этой группы — { $name }, а не «{ $value }».
profile-private-hint = Ваши пожелания для подбора и текст «о себе» личные: отправьте мне /profile в личном чате, чтобы их увидеть.
pair-ask-privacy = Ваш ответ и причину видят только координаторы; { $mentee } не узнает, кто отказался.
pair-ask-privacy-group = Здесь никто не видит, какую кнопку вы нажали: ответ узнают только координаторы.
pair-declined-toast-private = Спасибо. Я написал вам в личном чате.
pair-declined-toast = Спасибо. Ваш ответ узнают только координаторы.
pair-no-next-mentor-group = Кто-то в этой когорте всё ещё ждёт наставника. Координаторам: /pair mentors, когда у наставника появится место.
mydata-mentorship-looking = • { $cohort }: я ищу для вас наставника

## Слова для значений и ключевые слова, которые вводят люди (docs/localization.md)

field-timezone = часовой пояс
field-capacity = готовность наставлять
field-wants-mentor = «хочет наставника»
field-stage = этап
stage-name = { $stage ->
    [newcomer] новичок
    [contributor] участник проектов
    [organizer] организатор
   *[experienced] опытный
}
visibility-name = { $visibility ->
    [me] только вы
    [mentor] ваш наставник
    [coordinators] координаторы
   *[cohort] вся когорта
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = пропустить, пропуск, дальше
keyword-weekly = еженедельно
keyword-every = каждые, каждую, каждый
keyword-weeks = недели, недель, неделю, неделя
keyword-monthly = ежемесячно
keyword-first = первый, первая, первую
keyword-second = второй, вторая, вторую
keyword-third = третий, третья, третью
keyword-fourth = четвёртый, четвёртая, четвёртую
keyword-last = последний, последняя, последнюю
keyword-ignore = {""}
