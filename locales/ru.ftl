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
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
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
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
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
}, ответы открыты { $window }
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
pair-rounds-error-weeks = Раунды бывают раз в 1–{ $max ->
    [one] { $max } неделю
    [few] { $max } недели
    [many] { $max } недель
   *[other] { $max } недели
}, например /pair rounds every 2w.
pair-rounds-error-days = Вопрос «вы встретились?» приходит через 1–{ $max ->
    [one] { $max } день
    [few] { $max } дня
    [many] { $max } дней
   *[other] { $max } дня
} после раунда, например /pair rounds follow-up 3d.
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

## Встречи и что после них (src/features/gatherings)
cmd-gathering-summary = встречи этой когорты: анонс, ответы, отчёт
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [НОМЕР]
cmd-gathering-list-summary = ближайшие встречи
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = одна встреча и ответы на неё на данный момент (числа)
cmd-gathering-show-usage = /gathering show НОМЕР
cmd-gathering-create-summary = анонсировать встречу (время в часовом поясе когорты или --timezone)
cmd-gathering-create-usage = /gathering create "Название" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone Регион/Город]
cmd-gathering-edit-summary = изменить встречу; при новом времени сдвигаются все напоминания
cmd-gathering-edit-usage = /gathering edit НОМЕР [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = отменить встречу (сначала спрошу; всем ответившим сообщу)
cmd-gathering-cancel-usage = /gathering cancel НОМЕР
cmd-gathering-report-summary = ответы, посещаемость и планы по встрече (пришлю вам в личном чате)
cmd-gathering-report-usage = /gathering report НОМЕР
cmd-gathering-mark-summary = после начала отметить, кто пришёл, а кто нет
cmd-gathering-mark-usage = /gathering mark НОМЕР @пользователь present|absent
cmd-here-summary = отметиться на встрече, которая идёт сейчас
cmd-here-usage = /here [НОМЕР] [код]
cmd-commit-summary = написать, что вы попробуете после встречи (до 3; читаете только вы, если не поделитесь)
cmd-commit-usage = /commit что вы попробуете [--visibility me|mentor|coordinators] [--gathering НОМЕР] [--by YYYY-MM-DD] [--cohort "Название"]
cmd-commitments-summary = ваши планы и как они продвигаются
cmd-commitments-usage = /commitments
field-gathering-title = название
field-gathering-capacity = число мест
field-gathering-number = номер встречи
field-place = место
field-description = описание
field-commitment = план
button-gathering-going = Приду
button-gathering-maybe = Возможно
button-gathering-no = Не приду
button-gathering-here = Я здесь
button-gathering-cancel-confirm = Да, отменить
button-commitment-done = Сделано
button-commitment-partly = Частично
button-commitment-not-yet = Пока нет
button-commitment-let-go = Уже не актуально
gathering-card-title = <b>#{ $number } { $title }</b>
gathering-card-when = Когда: { $when }
gathering-card-place = Где: { $place }
gathering-card-online = Онлайн: { $url }
gathering-card-capacity = Мест: { $capacity }
gathering-card-description = { $description }
gathering-created = Новая встреча:
gathering-edited = Встреча изменена:
gathering-rsvp-prompt = Придёте? Выберите один ответ; потом его можно изменить.
gathering-dst-gap = Такого времени нет в ночь перевода часов вперёд: я взял ближайшее время после него.
gathering-dst-ambiguous = Это время бывает дважды в ночь перевода часов назад: я взял первое.
gathering-counts = Придут: { $going } · возможно: { $maybe } · не придут: { $no } · в листе ожидания: { $waitlist } · на месте: { $present }
gathering-rsvp-going = Вы идёте на «{ $title }»: { $when }.
gathering-rsvp-maybe = Возможно, придёте на «{ $title }»: { $when }.
gathering-rsvp-no = Отметил: вы не придёте на «{ $title }».
gathering-rsvp-waitlist = На «{ $title }» мест нет: вы в листе ожидания, и я напишу, если место освободится.
gathering-promoted = Освободилось место: теперь вы идёте на «{ $title }», { $when }.
gathering-list-title = Ближайшие встречи:
gathering-list-line = #{ $number } { $title }: { $when }
gathering-list-none = Ближайших встреч нет. Координаторы анонсируют встречу командой /gathering create.
gathering-is-cancelled = Эта встреча отменена.
gathering-cancel-confirm = Отменить «{ $title }»? { $count ->
    [0] Пока никто не ответил.
    [one] Ответил { $count } человек — я ему сообщу.
    [few] Ответили { $count } человека — я им сообщу.
    [many] Ответили { $count } человек — я им сообщу.
   *[other] Ответили { $count } человека — я им сообщу.
}
gathering-cancelled = Встреча #{ $number } «{ $title }» отменена.
gathering-cancelled-dm = «{ $title }» ({ $when }) отменяется. Простите за изменение планов.
gathering-reminder = { $kind ->
    [week] Через неделю:
    [day] Завтра:
   *[hour] Через час:
} { $answer ->
    [maybe] (вы ответили «возможно»)
   *[going] (вы ответили, что придёте)
}
gathering-reminder-link = «{ $title }» начнётся через 10 минут. Подключайтесь: { $url }
gathering-starts-now = #{ $number } «{ $title }» начинается. Вы здесь? Нажмите кнопку (или отправьте /here).
gathering-here-recorded = Добро пожаловать! Отметил, что вы на «{ $title }».
gathering-marked-present = { $name }: отмечено присутствие на «{ $title }».
gathering-marked-absent = { $name }: отмечено отсутствие на «{ $title }».
gathering-commit-ask = Спасибо, что пришли на «{ $title }» ({ $cohort }). Что вы попробуете в ближайшие недели? Напишите от одного до трёх пунктов, каждый через /commit, например: <code>/commit провести первый марафон правок</code>. Их читаете только вы, если не добавите --visibility mentor или coordinators. Я спрошу, как дела, через неделю, через месяц и через три месяца.
gathering-followup-week = Неделя после «{ $title }»: как продвигается «{ $text }»?
gathering-followup-later = После «{ $title }» вы хотели попробовать: «{ $text }». Получилось?
commitment-answer-done = Отлично! «{ $text }» — сделано.
commitment-answer-partly = Отметил: сделано частично. Спрошу ещё раз позже.
commitment-answer-not-yet = Отметил: пока нет. Спрошу ещё раз позже; если что-то мешает, помогут ваш наставник или координатор.
commitment-answer-let-go = Отметил: «{ $text }» уже не актуально. Больше не буду об этом спрашивать.
commit-saved = Сохранено для «{ $title }». { $visibility ->
    [mentor] Это можете читать вы и ваш наставник.
    [coordinators] Это можете читать вы и координаторы.
   *[me] Это можете читать только вы.
} { $left ->
    [0] Это уже три: я буду спрашивать, как они продвигаются.
    [one] Можно добавить ещё { $left }.
    [few] Можно добавить ещё { $left }.
    [many] Можно добавить ещё { $left }.
   *[other] Можно добавить ещё { $left }.
}
commit-error-no-gathering = Не нашёл вашей недавней встречи, к которой это отнести. Укажите её: --gathering НОМЕР.
commit-error-too-many = По этой встрече у вас уже { $max ->
    [one] { $max } план
    [few] { $max } плана
    [many] { $max } планов
   *[other] { $max } плана
} — это максимум: лучше меньше, но с отслеживанием.
commit-error-visibility = «{ $value }» — это не me, mentor или coordinators.
commitments-title = Ваши планы:
commitments-line = • { $cohort }, «{ $title }»: { $text } ({ $status })
commitments-none = У вас пока нет планов. После встречи напишите через /commit, что попробуете.
gathering-error-bad-date = «{ $value }» — не понимаю такую дату и время. Напишите так: 2027-03-14 10:00.
gathering-error-past = Это время уже прошло.
gathering-error-too-far = Это больше чем через два года.
gathering-error-end-before-start = Окончание должно быть позже начала.
gathering-error-too-long = Встреча может длиться не больше 14 дней.
gathering-error-bad-link = «{ $value }» — не веб-ссылка: принимаются только ссылки http:// и https://.
gathering-error-link-too-long = Ссылка слишком длинная (не больше { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}).
gathering-error-unknown = В этой когорте нет встречи #{ $number }. Список — /gathering list.
gathering-error-unknown-button = Этой встречи больше нет.
gathering-error-cancelled = Эта встреча отменена.
gathering-error-finished = Эта встреча уже закончилась.
gathering-error-not-started = Эта встреча ещё не началась.
gathering-error-not-now = Сейчас никакая встреча не идёт: «Я здесь» работает с получаса до начала и до конца встречи.
gathering-error-join-first = Отвечать могут только участники этой когорты: сначала /join.
gathering-error-nothing-to-change = Нечего менять: укажите хотя бы один --параметр.
gathering-summary-intro = Как продвигаются планы через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} после встречи:
gathering-report-title = <b>#{ $number } { $title }</b>
gathering-report-commitments = Планы: { $count } от { $people ->
    [one] { $people } человека
    [few] { $people } человек
    [many] { $people } человек
   *[other] { $people } человека
} · сделано { $done } · частично { $partly } · пока нет { $not-yet } · не актуально { $let-go } · открыто { $open }
gathering-report-shared = Доступно координаторам:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }, присутствие: { $present }
mydata-gatherings = { $count ->
    [0] Вы не отвечали на приглашения на встречи.
    [one] Ваши ответы на встречи ({ $count }):
    [few] Ваши ответы на встречи ({ $count }):
    [many] Ваши ответы на встречи ({ $count }):
   *[other] Ваши ответы на встречи ({ $count }):
}
mydata-gathering = • { $cohort }, «{ $title }»: { $answer }, присутствие: { $present }
mydata-commitments = { $count ->
    [0] У вас нет планов.
    [one] Ваши планы ({ $count }):
    [few] Ваши планы ({ $count }):
    [many] Ваши планы ({ $count }):
   *[other] Ваши планы ({ $count }):
}
mydata-commitment = • { $cohort } ({ $status }, { $visibility }): { $text }
report-gatherings-title = Встречи: ответы, посещаемость и планы
report-gathering-line = #{ $number } { $title }: придут { $going }, пришли { $present }; { $commitments ->
    [one] { $commitments } план
    [few] { $commitments } плана
    [many] { $commitments } планов
   *[other] { $commitments } плана
}: сделано { $done }, частично { $partly }, открыто { $open }
report-gathering-going = придут
report-gathering-present = пришли
report-gathering-axis = встреча
report-gathering-count = человек
gathering-rsvp-noted = Отметил. Подробности отправил вам в личном чате.
gathering-moved = У «{ $title }» новое время: { $when }.
commitment-answer-not-yet-mentor = Отметил: пока нет. Что-то мешает? Ваш наставник, { $mentor }, может помочь: нажмите кнопку — и я передам, что вы хотели попробовать.
button-commitment-ask-mentor = Попросить наставника о помощи
commitment-help-to-mentor = Нужна помощь: { $mentee } ({ $cohort }) не может продвинуться с тем, что планировалось попробовать после встречи: «{ $text }». Сможете связаться?
commitment-help-sent = Я сообщил наставнику ({ $mentor }). С вами свяжутся.
commitment-help-unreachable = Сейчас не могу написать наставнику ({ $mentor }) в личном чате: пожалуйста, свяжитесь напрямую.
cmd-hope-summary = перед встречей расскажите организаторам, чему хотите научиться или в чём нужна помощь
cmd-hope-usage = /hope чему хотите научиться [--gathering НОМЕР] [--cohort "Название"] (/hope - стирает)
field-intention = ожидания
gathering-reminder-hope = Чему вы хотите научиться или в чём нужна помощь? Расскажите организаторам лично: /hope …
hope-saved = Спасибо: организаторы «{ $title }» это прочитают (только они и вы).
hope-cleared = Стёрто для «{ $title }».
hope-error-no-gathering = Не нашёл предстоящей встречи, на которую вы ответили. Сначала ответьте на приглашение или укажите встречу: --gathering НОМЕР.
hope-error-started = Эта встреча уже началась.
gathering-report-hopes = Чему люди хотят научиться:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope =   чему вы хотите научиться: { $text }

## Опросы (src/features/surveys)
cmd-survey-summary = опросы: шаблоны, создание, рассылка, результаты, закрытие (координаторы)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = готовые опросы: после встречи, через 30 дней, самооценка
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = создать опрос по шаблону или по короткому описанию (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create Название + по вопросу на строку
cmd-survey-edit-summary = изменить вопросы опроса (если кто-то уже ответил — новая версия)
cmd-survey-edit-usage = /survey edit НОМЕР + новое описание
cmd-survey-show-summary = посмотреть вопросы опроса (пришлю вам в личном чате)
cmd-survey-show-usage = /survey show НОМЕР
cmd-survey-send-summary = разослать опрос когорте, каждому в личном чате
cmd-survey-send-usage = /survey send НОМЕР [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = результаты опроса: вопрос показывается, когда на него ответили не меньше людей, чем наименьшая показываемая группа когорты (пришлю вам в личном чате)
cmd-survey-results-usage = /survey results НОМЕР [--group]
cmd-survey-close-summary = закрыть опрос: ответы больше не принимаются
cmd-survey-close-usage = /survey close НОМЕР
cmd-survey-list-summary = опросы когорты
cmd-survey-list-usage = /survey list
cmd-surveys-summary = ваши открытые опросы: ответить или изменить ответы (в личном чате)
cmd-surveys-usage = /surveys
button-survey-skip = Пропустить
button-survey-done = Готово
button-survey-yes = Да
button-survey-no = Нет
button-survey-answer = Ответить на «{ $title }»
button-survey-change = Изменить ответы на «{ $title }»
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (анонимно: никто, даже координаторы, не видит, какие ответы ваши)
   *[no] (координаторы видят ваши ответы; в результатах — только итоги, если { $k ->
        [one] ответил { $k } человек
        [few] ответили { $k } человека
        [many] ответили { $k } человек
       *[other] ответили { $k } человека
    } и больше)
}
survey-dm-question = Вопрос { $n } из { $total }:
survey-dm-text-hint = Ответьте коротким текстом.
survey-dm-text-hint-optional = Ответьте коротким текстом или напишите «пропустить».
survey-dm-multi-hint = Выберите все подходящие варианты и нажмите «Готово».
survey-dm-scale-hint = От { $min } до { $max }.
survey-answer-saved = Сохранено.
survey-thanks = Спасибо за ответы!
survey-done-anonymous = Ваши ответы сохранены без имени. Изменить их теперь нельзя.
survey-done-named = До окончания срока ответы можно изменить через /surveys.
survey-changing = Прежние ответы сохраняются, пока вы их не замените.
survey-already-answered = Вы уже ответили на этот опрос.
survey-invite-group = Короткий опрос: «{ $title }». Если я не написал вам о нём в личном чате, откройте { $link } и ответьте там.
survey-invite-group-nolink = Короткий опрос: «{ $title }». Если я не написал вам о нём в личном чате, напишите мне туда и отправьте /surveys.
survey-reminder = Напоминание: «{ $title }» закрывается примерно через { $left ->
    [one] { $left } час
    [few] { $left } часа
    [many] { $left } часов
   *[other] { $left } часа
}. Отправьте /surveys, чтобы ответить или продолжить.
survey-error-definition = Описание опроса некорректно (место: { $where }). Формат — в docs/surveys.md.
survey-error-json = Не удаётся прочитать этот JSON.
survey-error-line = Строка { $n } — не вопрос. Пишите «тип: вопрос», например «scale5: Насколько это было полезно?».
survey-error-type = Строка { $n }: «{ $type }» — не тип вопроса. Используйте single, multi, scale5, scale10, yesno или text.
survey-error-too-long = Описание слишком длинное (не больше { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}).
survey-error-too-many = В опросе может быть не больше { $max ->
    [one] { $max } вопроса
    [few] { $max } вопросов
    [many] { $max } вопросов
   *[other] { $max } вопроса
}.
survey-error-no-template = Шаблона «{ $name }» нет. Шаблоны: { $templates }.
survey-error-no-themes = Самооценка спрашивает о темах когорты, а у этой когорты их нет. Добавьте их: /cohort edit --themes "…".
survey-error-not-found = В этой когорте нет опроса { $id }. См. /survey list.
survey-error-not-member = Вы не состоите в когорте этого опроса.
survey-error-closed = Этот опрос закрыт.
survey-error-unknown = Этого опроса больше нет.
survey-error-remind = «{ $value }» — не промежуток времени вроде 1d или 12h.
survey-error-range = Ответьте числом от { $min } до { $max }.
survey-error-required = На этот вопрос нужно ответить.
survey-error-use-buttons = Ответьте кнопками под вопросом.
survey-error-answer-too-long = Ответ слишком длинный (не больше { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}).
survey-created = Опрос { $number } готов: «{ $title }», { $questions ->
    [one] { $questions } вопрос
    [few] { $questions } вопроса
    [many] { $questions } вопросов
   *[other] { $questions } вопроса
}, { $anonymous ->
    [yes] анонимный
   *[no] не анонимный
}. Проверьте его командой /survey show { $number }, отправьте — /survey send { $number }.
survey-edited = У опроса { $number } теперь версия { $version }. Ответы, данные раньше, остаются в той версии, на которую отвечали.
survey-sent = Опрос { $number } отправлен: в личном чате — { $dm }, по ссылке здесь — { $group }. Срок: { $deadline }.
survey-closed = Опрос { $number } закрыт. Результаты: /survey results { $number }.
survey-list-title = <b>Опросы</b>
survey-list-none = Опросов пока нет. Начните с /survey templates.
survey-list-line = { $number }. { $title } ({ $status }, { $anonymous ->
    [yes] анонимный
   *[no] не анонимный
})
survey-show-title = <b>Опрос { $number }: { $title }</b> ({ $status }, { $anonymous ->
    [yes] анонимный
   *[no] не анонимный
})
survey-show-if = только если { $question } = { $equals }
survey-show-optional = (необязательно)
survey-show-deadline = Срок: { $at }
survey-templates-title = <b>Шаблоны опросов</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = Создайте опрос: /survey create ШАБЛОН [--anonymous].
survey-results-title = <b>Результаты опроса { $number }: { $title }</b> ({ $status })
survey-results-none = Ответов пока нет.
survey-results-version = <b>Версия { $n }</b>
survey-results-people = { $n ->
    [one] Ответил { $n } человек.
    [few] Ответили { $n } человека.
    [many] Ответили { $n } человек.
   *[other] Ответили { $n } человека.
}
survey-results-answered = { $n ->
    [one] { $n } ответ
    [few] { $n } ответа
    [many] { $n } ответов
   *[other] { $n } ответа
}
survey-results-option = { $option }: { $n } ({ $pct }%)
survey-results-scale = Среднее { $mean }, медиана { $median } (из { $max })
survey-results-texts-hidden = Письменные ответы видят только координаторы.
survey-change-title = <b>До и после</b> (опрос { $before } → опрос { $after })
survey-change-paired = { $question }: { $change } в среднем у тех, кто ответил на оба опроса ({ $n ->
    [one] { $n } человек
    [few] { $n } человека
    [many] { $n } человек
   *[other] { $n } человека
})
survey-change-means = { $question }: { $before } → { $after } ({ $change })
surveys-title = <b>Ваши открытые опросы</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] есть ответы
    [started] начат
   *[new] не начат
}, до { $deadline })
surveys-none = У вас нет открытых опросов.
survey-mydata-named = • Ваши ответы на опрос «{ $title }»:
survey-mydata-skipped = (пропущено)
survey-mydata-anonymous = • Ответы на анонимные опросы хранятся без вашего имени и каких-либо идентификаторов: я не могу определить, какие из них ваши, поэтому не могу ни показать, ни удалить их.
survey-report-title = Опросы
survey-report-line = { $title }: { $people ->
    [one] ответил { $people } человек
    [few] ответили { $people } человека
    [many] ответили { $people } человек
   *[other] ответили { $people } человека
}
survey-tpl-feedback-title = После встречи
survey-tpl-feedback-about = отзыв сразу после встречи (5 вопросов)
survey-tpl-feedback-intro = Несколько вопросов о встрече, чтобы следующая получилась лучше.
survey-tpl-feedback-useful = В целом, насколько полезной была для вас встреча?
survey-tpl-feedback-best = Что помогло вам больше всего?
survey-tpl-feedback-best-sessions = Занятия и выступления
survey-tpl-feedback-best-people = Знакомства с людьми
survey-tpl-feedback-best-practice = Практика
survey-tpl-feedback-best-materials = Материалы
survey-tpl-feedback-again = Пришли бы вы на такую встречу ещё раз?
survey-tpl-feedback-why-not = Почему нет?
survey-tpl-feedback-change = Что нам изменить в следующий раз?
survey-tpl-followup-title = Через 30 дней
survey-tpl-followup-about = через месяц: что пригодилось, что мешало (5 вопросов)
survey-tpl-followup-intro = Прошёл месяц. Что из изученного вы применили?
survey-tpl-followup-used = Чем вы с тех пор воспользовались?
survey-tpl-followup-used-skills = Освоенными навыками
survey-tpl-followup-used-tools = Новыми для себя инструментами
survey-tpl-followup-used-contacts = Новыми знакомствами
survey-tpl-followup-used-nothing = Пока ничем
survey-tpl-followup-blocked = Вам что-то мешало?
survey-tpl-followup-what-blocked = Что вам мешало?
survey-tpl-followup-recommend = Насколько вероятно, что вы порекомендуете эту когорту другу?
survey-tpl-followup-else = Хотите рассказать нам что-то ещё?
survey-tpl-self-assessment-title = Самооценка
survey-tpl-self-assessment-about = уверенность от 1 до 5 по каждой теме когорты; проведите до и после
survey-tpl-self-assessment-intro = Насколько уверенно вы себя чувствуете? 1 — совсем нет, 5 — очень уверенно.
survey-tpl-self-question = Насколько уверенно вы себя чувствуете в теме:

## Отчёты и выгрузки (src/features/reports, разделы отчётов в функциях)
cmd-report-summary = графики жизни когорты, пришлю вам в личном чате; «group»: сводка для всех
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = цифры, стоящие за /report, в виде файлов: CSV для таблиц, JSON или страница для Meta-Wiki
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = По когорте { $cohort } с { $since } пока нечего показать.
report-header = <b>{ $cohort }</b>: отчёт с { $since } по { $until }
report-group-header = <b>Как дела у { $cohort }</b> (с { $since })
report-no-images = В этом чате нельзя показать картинки, поэтому только цифры.
report-group-posted = Я опубликовал сводку в группе когорты { $cohort }.
report-error-since = Для «--since» нужна дата вроде 2027-01-01; «{ $value }» — не дата.
report-error-since-future = «--since { $value }» — это в будущем: отчитываться пока не о чем.
report-error-what = «--what» принимает одно или несколько значений из: { $allowed }. «{ $value }» среди них нет.
report-error-word = Не знаю, что здесь значит «{ $word }». Попробуйте /report, /report group или /help report.
report-error-no-group = Я больше не могу писать в группу этой когорты, поэтому не могу там ничего опубликовать.
export-error-format = Могу выгрузить в форматах { $allowed }; «{ $value }» среди них нет.
export-sent = { $count ->
    [one] Ваша выгрузка в { $format }: { $count } файл.
    [few] Ваша выгрузка в { $format }: { $count } файла.
    [many] Ваша выгрузка в { $format }: { $count } файлов.
   *[other] Ваша выгрузка в { $format }: { $count } файла.
}
export-inline = В этот чат нельзя отправить файлы, поэтому вот текст каждого — его можно скопировать.
report-few = меньше 5
report-members-title = Участники во времени
report-series-joined = Присоединились
report-series-left = Вышли
report-series-members = В когорте
report-members-now = Сейчас: активны { $active }, на перерыве { $paused }, вышли { $left }.
report-members-period = С { $since }: присоединились { $joined }, вышли { $left }.
report-axis-month = Месяц
report-axis-week = Неделя
report-axis-people = Люди
report-col-status = Статус
report-col-people = Люди
report-col-answered = Ответили
report-col-expected = Спрошено
report-col-date = Дата
report-checkins-title = Чек-ины: кто ответил
report-axis-checkin = Чек-ин
report-axis-rate = Ответили (%)
report-checkins-total = { $count ->
    [one] { $count } чек-ин
    [few] { $count } чек-ина
    [many] { $count } чек-инов
   *[other] { $count } чек-ина
}: { $answered ->
    [one] { $answered } ответ
    [few] { $answered } ответа
    [many] { $answered } ответов
   *[other] { $answered } ответа
} из { $expected } запрошенных ({ $rate }%).
report-checkins-line = { $date }: ответили { $answered } из { $expected } ({ $rate }%)
report-checkins-hidden = { $date }: спрошено меньше { $k ->
    [one] { $k } человека
    [few] { $k } человек
    [many] { $k } человек
   *[other] { $k } человека
}, не показываю
report-checkins-count = { $count ->
    [one] Прошёл { $count } чек-ин.
    [few] Прошло { $count } чек-ина.
    [many] Прошло { $count } чек-инов.
   *[other] Прошло { $count } чек-ина.
}
report-mentorships-title = Наставничество
report-axis-mentorships = Пары наставничества
report-mentorship-status = { $status ->
    [all] запрошено
    [accepted] принято
    [active] ещё идёт
    [declined] отклонено
    [timed_out] без ответа
   *[asked] ожидает ответа
}
report-mentorships-line = Запрошено { $asked }: принято { $accepted } (ещё идёт { $active }), отклонено { $declined }, без ответа { $timedOut }, ожидают ответа { $waiting }.
report-mentorships-group = { $active ->
    [one] Идёт { $active } наставничество.
    [few] Идут { $active } наставничества.
    [many] Идут { $active } наставничеств.
   *[other] Идут { $active } наставничества.
}
report-peers-title = Раунды встреч: встретились ли вы?
report-axis-round = Раунд
report-peer-answer = { $answer ->
    [yes] встретились
    [not-yet] пока нет
    [no] не встретились
   *[none] без ответа
}
report-peers-line = Раунд { $number } ({ $date }): встретились { $yes } из { $people } ({ $rate }%), пока нет — { $notYet }, не встретились — { $no }, не ответили — { $silent }.
report-peers-hidden = Раунд { $number } ({ $date }): меньше { $k ->
    [one] { $k } человека
    [few] { $k } человек
    [many] { $k } человек
   *[other] { $k } человека
}, не показываю

# Issue 12: /help start, кавычки внутри текста в кавычках
cmd-start-summary = начать разговор со мной в личном чате (ссылка для вступления или ответа сама его откроет)
error-quote-inside = Кавычка { $quote } внутри текста в кавычках обрывает его раньше времени. Напишите её как \{ $quote } или возьмите текст в другие кавычки («…» или “…”).
keyword-duration-minutes = минута, минуты, минут, мин
keyword-duration-hours = час, часа, часов, ч
keyword-duration-days = день, дня, дней, дн, сутки, суток
keyword-duration-weeks = неделя, недели, недель, неделю, нед

## w4-checkins
checkin-next-after-skip = { $next } ({ $skipped } пропускается)
checkin-error-duplicate = У расписания №{ $id } уже такой же ритм: второе публиковало бы каждый чек-ин и каждую сводку дважды. Выберите другое время или посмотрите /checkin list.
checkin-error-already-open = Чек-ин расписания №{ $id } уже открыт до { $closes }: ответы идут в него.
checkin-stats-open = Открыт сейчас: расписание №{ $id }, пока ответили { $answered } из { $total }; закроется { $closes }.
cohort-error-create-right = Создать когорту здесь может только администратор этого чата (или координатор его когорты).
cohort-timezone-not-given = { $source ->
    [yours] Часовой пояс: { $timezone } (ваш; другой не был указан).
   *[default] Часовой пояс: { $timezone } (по умолчанию; другой не был указан).
} Чек-ины идут по нему. Изменить: /cohort edit --timezone Регион/Город
checkin-digest-coordinators-kept = Ответы, которыми поделились, сохранены для координаторов: они читают их в личном чате командой /checkin digest.
checkin-digest-coordinators-start = { $names }: я пока не могу написать вам лично, поэтому сводка вас ждёт. Откройте личный чат со мной и отправьте /checkin digest.
cmd-checkin-digest-summary = последний чек-ин так, как его видят координаторы: кто участвовал и ответы, которыми поделились (в личном чате)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = Ваш ответ на вопрос { $n } обновлён.
timezone-cleared = Ваш часовой пояс удалён; время показывается по { $timezone } (сейчас { $now }).
## w4-network
cmd-network-summary = сети когорт: объединять когорты, делиться находками, видеть их рядом
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = сети, в которые входит эта когорта
cmd-network-list-usage = /network list
cmd-network-create-summary = начать сеть с этой когортой; вы её координируете
cmd-network-create-usage = /network create "Название"
cmd-network-invite-summary = одноразовый код для ещё одной когорты (приходит в личный чат)
cmd-network-invite-usage = /network invite ["Сеть"]
cmd-network-join-summary = эта когорта вступает в сеть по коду (только её координаторы)
cmd-network-join-usage = /network join КОД
cmd-network-leave-summary = эта когорта выходит из сети
cmd-network-leave-usage = /network leave ["Сеть"]
cmd-network-hub-summary = сделать этот чат центром сети, куда приходит её дайджест
cmd-network-hub-usage = /network hub ["Сеть"]
cmd-network-settings-summary = ждут ли материалы этой когорты одобрения координатора
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["Сеть"]
cmd-network-report-summary = когорты сети рядом друг с другом (в личный чат)
cmd-network-report-usage = /network report ["Сеть"]
cmd-share-summary = предложить сетям вашей когорты одну из ваших рефлексий, ответов на чек-ин или обязательств
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = выбрать, чем поделиться
cmd-share-list-usage = /share
cmd-share-withdraw-summary = забрать материал до отправки
cmd-share-withdraw-usage = /share withdraw
field-network-name = название сети
network-created = Сеть «{ $name }» создана вместе с { $cohort }. Вы её координируете. Пригласите другую когорту командой <code>/network invite</code>.
network-invite-code = Одноразовый код для «{ $name }»: <code>{ $code }</code>. Действует до { $until }, для одной когорты. Её координатор пишет <code>/network join { $code }</code> в группе когорты.
network-joined = { $cohort } вступила в «{ $name }». Когорт в сети теперь: { $count }.
network-left = { $cohort } вышла из «{ $name }». Ещё не отправленные материалы этой когорты не уйдут.
network-list-none = { $cohort } не входит ни в одну сеть. Координатор может начать сеть командой <code>/network create "Название"</code> или вступить в сеть по коду.
network-list-title = Сети когорты { $cohort }:
network-list-line = • «{ $name }»: { $cohorts }; одобрение { $approval ->
    [on] включено
   *[off] выключено
}; центр { $hub ->
    [yes] подключён
   *[no] не подключён
}
network-approval-set = Материалы { $cohort } для «{ $name }» { $approval ->
    [on] теперь ждут одобрения координатора.
   *[off] теперь уходят без одобрения.
}
network-error-none = Эта когорта не входит ни в одну сеть.
network-error-which = Укажите сеть: { $names }.
network-error-unknown-name = Здесь нет сети «{ $name }». Сети: { $names }.
network-error-not-network-coordinator = Это могут только координаторы сети, а вы не координируете ни одной.
network-error-too-many = Когорта может входить не более чем в { $max ->
    [one] { $max } сеть
    [few] { $max } сети
    [many] { $max } сетей
   *[other] { $max } сети
}.
network-error-code-unknown = Такой код неизвестен. Попросите новый у координатора сети.
network-error-code-used = Этот код уже использован. Каждый код — для одной когорты; попросите новый.
network-error-code-expired = Срок действия кода истёк. Попросите новый у координатора сети.
network-error-already-in = { $cohort } уже входит в «{ $name }». Код не использован.
network-error-approval-value = Напишите <code>--approval on</code> или <code>--approval off</code>.
network-hub-attached = Этот чат теперь центр сети «{ $name }»: сюда каждую неделю будет приходить дайджест находок, которыми поделились.
network-hub-error-cannot-post = Я не могу писать в этот чат, поэтому он не стал центром «{ $name }». Разрешите мне писать туда и попробуйте снова.
network-digest-title = Из сети «{ $name }»: чем решили поделиться участники ({ $count })
network-digest-language = <b>На языке: { $language }</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }, { $author })
network-share-title = Что вы хотите предложить сетям вашей когорты? Без вашего выбора ничего не уйдёт.
network-share-item = { $n }. { $kind ->
    [reflection] Рефлексия
    [checkin] Ответ на чек-ин
   *[commitment] Обязательство
} ({ $cohort }): { $text }
network-share-button = Поделиться { $n }
network-share-outcome = { $text } — { $status ->
    [done] сделано
    [partly] сделано частично
    [not-yet] пока нет
   *[let-go] отказался
}
network-share-confirm = Вы предлагаете это сетям { $networks }:
    { $text }
    Показывать ли в дайджесте ваше имя?
network-share-with-name = С моим именем
network-share-without-name = Без моего имени
network-share-cancel = Отмена
network-share-cancelled = Ничего не отправлено.
network-share-done = Отправлено в { $networks }. Уйдёт в следующем дайджесте; до тех пор <code>/share withdraw</code> забирает обратно.
network-share-pending = Предложено { $networks }. Сначала это одобряет координатор вашей когорты; <code>/share withdraw</code> забирает обратно.
network-share-error-no-network = Ни одна из ваших когорт не входит в сеть, делиться не с кем.
network-share-error-nothing = У вас пока нет рефлексий, ответов на чек-ины или итогов обязательств, чтобы поделиться.
network-share-error-gone = Этот материал больше не ваш или его уже нет.
network-share-error-already = Вы уже предлагали это этим сетям.
network-approve-ask = Участник когорты { $cohort } хочет поделиться этим с сетью «{ $network }»:
    { $text }
network-approve-yes = Одобрить
network-approve-no = Отклонить
network-approve-done = Одобрено: уйдёт в следующем дайджесте.
network-decline-done = Отклонено: не уйдёт.
network-approve-already = Другой координатор уже решил, или автор забрал материал.
network-approve-not-coordinator = Решать может только координатор этой когорты.
network-withdraw-item = { $n }. { $text }
network-withdraw-button = Забрать { $n }
network-report-title = «{ $name }», последние 30 дней (когорт: { $count })
network-report-line = • { $cohort }: { $members ->
    [one] { $members } участник
    [few] { $members } участника
    [many] { $members } участников
   *[other] { $members } участника
}, ответили на чек-ин — { $active }, { $checkins ->
    [yes] доля ответов { $rate }%
   *[no] чек-инов не было
}
network-report-line-small = • { $cohort }: меньше 5 участников, не показано
network-report-error-one = В «{ $name }» одна когорта: сравнивать пока нечего. Пригласите другую командой <code>/network invite</code>.
mydata-network-shares = Чем вы поделились с сетями ({ $count }):
mydata-network-share = • «{ $network }» ({ $status ->
    [pending] ждёт одобрения
    [approved] ждёт дайджеста
    [declined] отклонено
    [withdrawn] забрано
   *[sent] отправлено
}, { $named ->
    [yes] с вашим именем
   *[no] без вашего имени
}): { $text }
mydata-network-coordinator = Вы координируете сети { $names }.
cmd-network-announce-summary = разослать объявление в группу каждой когорты сети
cmd-network-announce-usage = /network announce ТЕКСТ [--network "Сеть"]
field-announcement = объявление
network-error-announcements-value = Напишите <code>--announcements on</code> или <code>--announcements off</code>.
network-announcements-set = Объявления сети { $announcements ->
    [on] теперь приходят в { $cohort }.
   *[off] больше не приходят в { $cohort }.
} («{ $name }»)
network-announcement = <b>Из сети «{ $name }»</b>
    { $text }
network-announce-sent = Объявление «{ $name }» поставлено в очередь для групп когорт: { $sent }; не отправлено (отказались или недоступны): { $skipped }.
## w4-surveys
survey-k-too-few = Меньше { $k ->
    [one] { $k } ответа
    [few] { $k } ответов
    [many] { $k } ответов
   *[other] { $k } ответа
}: не показано.
survey-k-too-few-people =
    { $k ->
        [few] Ответили меньше { $k } человек: ничего не показано, чтобы никого нельзя было узнать.
        [one] Ответили меньше { $k } человека: ничего не показано, чтобы никого нельзя было узнать.
        [many] Ответили меньше { $k } человек: ничего не показано, чтобы никого нельзя было узнать.
       *[other] Ответили меньше { $k } человек: ничего не показано, чтобы никого нельзя было узнать.
    }
survey-k-change-too-few = { $question }: меньше { $k ->
    [one] { $k } ответа
    [few] { $k } ответов
    [many] { $k } ответов
   *[other] { $k } ответа
}, не показано
survey-k-few = меньше { $k }
survey-error-audience-to = Не могу отправить «{ $value }». Используйте --to cohort, --to gathering:НОМЕР или --to role:mentor (или role:member, role:coordinator).
survey-error-no-gathering = В этой группе нет встречи { $id }.
survey-error-nobody = Ни один активный участник не подходит под «{ $value }»: ничего не отправлено.
survey-chart-before = до
survey-chart-after = после
survey-chart-change-title = Самооценка до и после
survey-chart-means-title = Шкалы опросов: средний ответ
survey-chart-theme = Тема
survey-chart-question = Вопрос
survey-chart-mean = Среднее
survey-error-format = «{ $value }» — не формат: используйте --format json или --format text.
survey-error-export-text = В этом опросе тексты на нескольких языках или вступительный текст: его можно выгрузить только как JSON.
survey-exported = Опрос { $number }, чтобы вставить в /survey import:
survey-exported-file = Опрос { $number } — в файле выше; вставьте его содержимое в /survey import.
button-survey-delete = Удалить
survey-delete-confirm =
    { $answers ->
        [one] Удалить опрос { $number } «{ $title }» вместе с ответами ({ $answers })? Это нельзя отменить.
        [few] Удалить опрос { $number } «{ $title }» вместе с ответами ({ $answers })? Это нельзя отменить.
        [many] Удалить опрос { $number } «{ $title }» вместе с ответами ({ $answers })? Это нельзя отменить.
       *[other] Удалить опрос { $number } «{ $title }» вместе с ответами ({ $answers })? Это нельзя отменить.
    }
survey-delete-cancelled = Ничего не удалено.
survey-deleted = Опрос { $number } «{ $title }» и его ответы удалены.
survey-error-summary-too-few =
    { $k ->
        [few] Ответили меньше { $k } человек: в группу ничего не отправлено.
        [one] Ответили меньше { $k } человека: в группу ничего не отправлено.
        [many] Ответили меньше { $k } человек: в группу ничего не отправлено.
       *[other] Ответили меньше { $k } человек: в группу ничего не отправлено.
    }
survey-summary-title = <b>Результаты опроса: { $title }</b> ({ $n ->
    [one] { $n } ответ
    [few] { $n } ответа
    [many] { $n } ответов
   *[other] { $n } ответа
})
survey-summary-posted = Сводка опроса { $number } опубликована в группе (без письменных ответов, только результаты достаточного числа людей).
survey-poll-anonymous-note = Анонимно: бот считает ответ, не сохраняя, кто его дал. Один ответ на человека.
survey-poll-counted = Учтено анонимно.
survey-new-title-ask = Новый опрос. Как он называется? (ответьте, до { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}; «cancel» — отмена)
survey-new-menu = <b>{ $title }</b>: { $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
    [many] { $count } вопросов
   *[other] { $count } вопроса
}, { $anonymous ->
    [yes] анонимный
   *[no] именной
}. Что дальше?
button-survey-new-add = Добавить вопрос
button-survey-new-anonymous = Сделать анонимным
button-survey-new-named = Сделать именным
button-survey-new-preview = Предпросмотр
button-survey-new-save = Сохранить
survey-new-type-ask = Какой это вопрос?
button-survey-type-single = Один вариант
button-survey-type-multi = Несколько вариантов
button-survey-type-scale5 = Шкала 1–5
button-survey-type-scale10 = Шкала 0–10
button-survey-type-yesno = Да / нет
button-survey-type-text = Письменный ответ
survey-new-text-ask = Вопрос { $n }: напишите его (ответьте, до { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}).
survey-new-options-ask = Напишите варианты, по одному в строке или через |, от 2 до { $max }.
survey-new-required-ask = Ответ обязателен?
button-survey-new-required = Обязательный
button-survey-new-optional = Необязательный
survey-new-condition-ask = Задавать всегда или только после определённого ответа? Для условия ответьте, например, q2=no (на вопрос 2 ответили «нет»).
button-survey-new-always = Всегда
survey-new-added = Вопрос { $n } добавлен.
survey-new-no-questions = Вопросов пока нет.
survey-new-cancelled = Новый опрос отменён; ничего не сохранено.
survey-new-error-full = В опросе не больше { $max ->
    [one] { $max } вопроса
    [few] { $max } вопросов
    [many] { $max } вопросов
   *[other] { $max } вопроса
}.
survey-new-error-text = Напишите от 1 до { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}.
survey-new-error-options = Укажите от 2 до { $max ->
    [one] { $max } варианта
    [few] { $max } вариантов
    [many] { $max } вариантов
   *[other] { $max } варианта
}, каждый не длиннее { $len ->
    [one] { $len } символа
    [few] { $len } символов
    [many] { $len } символов
   *[other] { $len } символа
}.
survey-new-error-condition = Запишите условие как qN=ответ, где N — один из предыдущих вопросов (от 1 до { $max }).
survey-new-error-empty = Добавьте хотя бы один вопрос перед сохранением.
cmd-survey-new-summary = написать опрос шаг за шагом, в личке (вопрос, тип, варианты, условие, предпросмотр)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = создать опрос из вставленного JSON или короткого текстового формата (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON или Название + по вопросу в строке
cmd-survey-export-summary = определение опроса, чтобы сохранить или импортировать в другом месте (пришлю в личку)
cmd-survey-export-usage = /survey export НОМЕР [--format json|text]
cmd-survey-delete-summary = удалить опрос и его ответы (сначала спрошу)
cmd-survey-delete-usage = /survey delete НОМЕР
cmd-survey-poll-summary = один вопрос в виде голосования в группе
cmd-survey-poll-usage = /survey poll "Вопрос?" "А" "Б" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = старое название /cohort edit --smallest-group: сколько человек должно стоять за результатом, чтобы его показать (3 или больше; по умолчанию 5)
cmd-survey-threshold-usage = /survey threshold [ЧИСЛО]
## w4-gatherings
cmd-gathering-ics-summary = файл календаря для встречи, в личные сообщения
cmd-gathering-ics-usage = /gathering ics НОМЕР
cmd-gathering-feed-summary = ссылка на подписку на календарь когорты (в личные); reset создаёт новую и отключает старую
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = задать код зала, нужный для «Я здесь» (покажу вам в личных)
cmd-gathering-code-usage = /gathering code НОМЕР [код|-]
cmd-gathering-settings-summary = когда приходят напоминания и когда бот спрашивает о результатах
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = Напоминания перед встречей: { $reminders }. Вопросы после неё, в днях: { $steps } (первый спрашивает, что люди попробуют).
gathering-settings-saved = Сохранено. Напоминания перед встречей: { $reminders }. Вопросы после неё, в днях: { $steps }.
gathering-settings-error-reminders = «{ $value }» — не список напоминаний: укажите до { $max ->
    [one] { $max } срока
    [few] { $max } сроков
    [many] { $max } сроков
   *[other] { $max } срока
} до начала, например 7d,1d,1h (от 15m до 60d), или - чтобы их не было.
gathering-settings-error-steps = «{ $value }» — не последовательность вопросов: укажите от 2 до { $max ->
    [one] { $max } дня
    [few] { $max } дней
    [many] { $max } дней
   *[other] { $max } дня
} после встречи по возрастанию, например 1,7,30,90.
gathering-reminder-in = Через { $span }: { $answer ->
    [maybe] (вы ответили «может быть»)
   *[going] (вы ответили, что придёте)
}
gathering-commit-ask-days = Спасибо, что пришли на «{ $title }» ({ $cohort }). Что вы попробуете в ближайшие недели? Напишите от одного до трёх пунктов, каждый через /commit, например: <code>/commit провести первый марафон правок --by 2027-05-01</code>. Их читаете только вы, если не добавите --visibility mentor или coordinators. Я спрошу, как идут дела, через { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} после встречи.
gathering-followup-target = Ваш срок: { $date }.
commit-error-bad-date = «{ $value }» — не дата: напишите, например, 2027-04-30.
commit-error-date-past = { $value } уже прошло: укажите день начиная с сегодняшнего.
commit-error-date-too-far = { $value } — больше чем через год: выберите шаг поближе.
commit-saved-target = Срок: { $date }.
commitment-target = (к { $date })
commitment-status-word = { $status ->
    [done] сделано
    [partly] сделано частично
    [not-yet] пока нет
    [let-go] отложено насовсем
   *[open] открыто
}
commitment-visibility-word = { $visibility ->
    [mentor] вы и ваш наставник
    [coordinators] вы и координаторы
   *[me] только вы
}
gathering-answer-word = { $answer ->
    [going] приду
    [maybe] может быть
    [no] не приду
   *[waitlist] в листе ожидания
}
gathering-present-word = { $present ->
    [yes] да
   *[no] нет
}
commitment-answer-not-yet-peer = Записал: пока нет. Что-то мешает? { $peer } тоже занимается темой «{ $topic }»: одним нажатием я передам, что вы хотели попробовать, и попрошу связаться с вами.
button-commitment-ask-peer = Попросить помощи у { $peer }
commitment-help-to-peer = { $mentee } ({ $cohort }) застрял(а) на том, что хотел(а) попробовать после встречи: «{ $text }». Вы оба занимаетесь темой «{ $topic }»: можете связаться?
gathering-ics-join = Подключиться онлайн: { $url }
gathering-ics-caption = «{ $title }» для вашего календаря
gathering-ics-sent = Я отправил вам «{ $title }» для календаря в личные сообщения.
gathering-ics-unreachable = Не могу отправить вам файл в личные: откройте личный чат со мной (отправьте там /start) и попробуйте снова.
gathering-feed = Календарь когорты: подпишитесь на <code>{ $webcal }</code> (или { $https }) в приложении календаря. Встречи, изменения и отмены появятся там сами. Делитесь ссылкой только с участниками: у кого она есть, тот видит встречи. /gathering feed reset создаёт новую ссылку и отключает эту.
gathering-feed-reset = Новая ссылка на календарь: <code>{ $webcal }</code> (или { $https }). Старая больше не работает; подписавшимся нужна новая.
gathering-feed-no-url = У бота не задан публичный адрес (PUBLIC_URL), поэтому я не могу дать ссылку на календарь. Спросите оператора; пока что /gathering ics НОМЕР присылает встречу файлом.
gathering-code-error-format = «{ $value }» не может быть кодом зала: от 3 до 12 букв или цифр.
gathering-code-set = Код зала для №{ $number } «{ $title }»: <b>{ $code }</b>. Объявите его в зале; участники отмечаются командой /here { $code } (лучше в личных со мной). /gathering code { $number } - убирает код.
gathering-code-cleared = Для «Я здесь» на №{ $number } «{ $title }» код больше не нужен.
gathering-here-needs-code = У этой встречи есть код зала, его объявляют на месте: отправьте /here { $number } КОД (лучше в личных со мной).
gathering-error-wrong-code = Это не код зала. Уточните его у организаторов на месте.
## w4-pairing
pair-confirmed-requests = Спрошено наставников: { $mentors }. Отправлено запросов: { $requests }. У каждого наставника { $hours } ч на ответ; без ответа человека предложат следующему подходящему наставнику.
pair-by-hand-in-group = Составить пару вручную можно в группе когорты: отправьте там /pair @наставник @подопечный.
pair-mine-no-cohort = Вы пока не состоите ни в одной когорте. Вступите в её группе командой /join.
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = Напишите { $other } напрямую: нажмите на имя.
pair-intro-times-both = Несколько вариантов времени для встречи, когда вы оба не спите:
pair-ended-unpaired = { $person }, координатор завершил ваше наставничество с { $other } в { $name }.
pair-ended-left = { $person }, { $other } покинул(а) { $name }, поэтому ваше наставничество завершено.
pair-ended-away = { $person }, { $other } на время отошёл (отошла) от { $name }, поэтому ваше наставничество завершено.
pair-ended-next-mentor = Я спрашиваю для вас следующего подходящего наставника; вы узнаете, когда кто-то согласится.
mydata-someone-who-left = человек, который ушёл
pair-reason-language-unknown = язык не указан
person-pick = Участников с именем «{ $who }» несколько. Кого вы имеете в виду?
pair-ask-open-private = <a href="{ $link }">Откройте личный чат со мной</a>, и такие запросы будут приходить туда.
pair-ended-you-left = { $person }, вы покинули { $name }, поэтому ваше наставничество с { $other } завершено.
pair-ended-you-away = { $person }, вы на время отошли от { $name }, поэтому ваше наставничество с { $other } завершено; ему или ей предложат другого наставника.
## w4-reports
cmd-audit-summary = кто что делал в когорте (роли, пары, выгрузки, опросы), приходит вам в личку
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = В журнале аудита { $cohort } пока ничего нет.
audit-header = <b>Журнал аудита { $cohort }</b>: { $count ->
    [one] последняя запись
    [few] последние { $count } записи, сначала новые
    [many] последние { $count } записей, сначала новые
   *[other] последние { $count } записи, сначала новые
} (только идентификаторы и настройки).
audit-error-word = /audit принимает только --since 2027-01-01; «{ $word }» здесь мне неизвестно.
report-web-not-set-up = Страница отчёта на этом боте не настроена: оператор задаёт PUBLIC_URL (docs/configuration.md).
report-web-link = Ваша личная страница отчёта по { $cohort } (действует { $hours } ч). Не передавайте её: любой, у кого есть ссылка, может читать страницу, пока срок не истёк. /report web revoke отключает все ссылки.
report-web-revoked = Все выданные до сих пор ссылки на страницу отчёта { $cohort } больше не работают.
report-web-title = Отчёт: { $cohort }
report-web-downloads = Файлы для скачивания
report-web-audit = Журнал аудита
report-web-audit-when = Когда
report-web-audit-who = Кто
report-web-audit-action = Действие
report-web-audit-details = Подробности
report-web-expires = Ссылка действует до { $at }.
network-hub-error-not-admin = Сделать этот чат центром сети может только его администратор.
## lead: nudge fallback
checkin-nudge-group = { $person }, у меня к вам вопрос о группе. Я не могу написать вам первым: откройте { $link } и нажмите «Старт», чтобы прочитать его.
checkin-nudge-group-private = { $person }, у меня к вам вопрос о группе. Напишите мне в личные сообщения, чтобы прочитать его.
## w5-gatherings
gathering-code-error-digits = «{ $value }» состоит только из цифр, и /here примет его за номер встречи. Выберите код зала хотя бы с одной буквой или отправьте /gathering code { $number }, и я придумаю код сам.
## w5-nethub
network-offer-ask = Предложить это сети { $networks }? { $kind ->
    [reflection] Ваша рефлексия
    [checkin] Ваш ответ на чек-ин
   *[commitment] Как прошло ваше обязательство
}:
    { $text }
    Ничего не уйдёт, пока вы не выберете это здесь (или позже через <code>/share</code>).
network-offer-no = Не это
network-digest-theme-language = <b>{ $themes } · на языке: { $language }</b>
network-report-gatherings = { "  " }встреч: { $gatherings }, обязательств: { $commitments }, выполнено: { $done }, частично: { $partly } ({ $rate }% выполнено)
network-report-chart-title = «{ $name }»: ответы на чек-ины и выполненные обязательства по когортам
network-report-axis-response = Ответы на чек-ины
network-report-axis-followups = Выполненные обязательства
cmd-network-export-summary = цифры сети в файлах, собранные из выгрузок когорт (приходят в личные сообщения)
cmd-network-export-usage = /network export [csv|json|wikitext] ["Сеть"]
network-hub-channel-code = Чтобы сделать канал Telegram центром сети «{ $name }»: добавьте меня в канал администратором с правом публиковать, затем в течение часа опубликуйте там:
    <code>/network hub { $code }</code>
    Я подтвержу в канале, удалю эту публикацию и сообщу вам здесь. Для группы или комнаты Matrix выполните <code>/network hub</code> прямо в ней.
network-hub-channel-done = Канал { $channel } теперь центр сети «{ $name }».
network-hub-channel-bad-code = Этот код неизвестен, уже использован или истёк. Координатор сети получит новый, отправив мне <code>/network hub</code> в личные сообщения.
network-space-created = Я создал пространство Matrix «{ $name }» и пригласил вас; комнат когорт в нём: { $count }. Комнаты когорт, которые присоединятся к сети или покинут её, будут добавлены или убраны.
network-space-synced = Пространство «{ $name }» снова актуально; комнат когорт в нём: { $count }.
network-space-error-platform = Пространства есть только в Matrix: выполните это в Matrix. В Telegram центром сети может быть группа или канал (<code>/network hub</code>).
cmd-network-space-summary = пространство Matrix с комнатами когорт сети, всегда актуальное
cmd-network-space-usage = /network space ["Сеть"]
## w5-surveys
button-survey-back = « Назад
survey-back-first = Это первый вопрос: до него нет ответа, который можно изменить.
survey-dm-your-answer = Ваш ответ сейчас: { $answer }
survey-back-none = Сейчас вас не ждёт ни один вопрос опроса. /surveys покажет ваши открытые опросы.
survey-dm-back-hint = Чтобы изменить предыдущий ответ, напишите «назад».
smallest-group-is =
    { $count ->
        [one] Наименьшая показываемая группа когорты — { $count } человек: результаты опросов, а также отчёты и сводки вне личного просмотра координаторов не показывают количеств, долей и средних по меньшему числу людей.
        [few] Наименьшая показываемая группа когорты — { $count } человека: результаты опросов, а также отчёты и сводки вне личного просмотра координаторов не показывают количеств, долей и средних по меньшему числу людей.
        [many] Наименьшая показываемая группа когорты — { $count } человек: результаты опросов, а также отчёты и сводки вне личного просмотра координаторов не показывают количеств, долей и средних по меньшему числу людей.
       *[other] Наименьшая показываемая группа когорты — { $count } человека: результаты опросов, а также отчёты и сводки вне личного просмотра координаторов не показывают количеств, долей и средних по меньшему числу людей.
    }
smallest-group-set =
    { $count ->
        [few] Теперь количества, доли и средние показываются, только если за ними стоят не меньше { $count } человек (опросы, отчёты, сводки).
        [one] Теперь количества, доли и средние показываются, только если за ними стоят не меньше { $count } человека (опросы, отчёты, сводки).
        [many] Теперь количества, доли и средние показываются, только если за ними стоят не меньше { $count } человек (опросы, отчёты, сводки).
       *[other] Теперь количества, доли и средние показываются, только если за ними стоят не меньше { $count } человек (опросы, отчёты, сводки).
    }
smallest-group-moved = Теперь это одна настройка когорты для опросов, отчётов и любых подсчётов: /cohort edit --smallest-group ЧИСЛО (от 3 до 100; по умолчанию 5).
smallest-group-error = Наименьшая показываемая группа — целое число от { $min } до { $max }; «{ $value }» им не является.
cohort-card-smallest-group =
    { $count ->
        [one] Наименьшая показываемая группа: { $count } человек (меньшие подсчёты не показываются).
        [few] Наименьшая показываемая группа: { $count } человека (меньшие подсчёты не показываются).
        [many] Наименьшая показываемая группа: { $count } человек (меньшие подсчёты не показываются).
       *[other] Наименьшая показываемая группа: { $count } человека (меньшие подсчёты не показываются).
    }
survey-status-word = { $status ->
    [draft] ещё не отправлен
    [closed] закрыт
   *[open] открыт
}
## w5-netmatch
cmd-network-meet-summary = познакомиться с кем-то из другой когорты сети (да или нет; ответ в личке)
cmd-network-meet-usage = /network meet [on|off] ["Сеть"]
cmd-network-round-summary = познакомить записавшихся участников с кем-то из другой когорты (координаторы сети)
cmd-network-round-usage = /network round [every 2w|off] ["Сеть"]
network-meet-status-title = Знакомства с людьми из других когорт:
network-meet-status-line = • «{ $network }» (через { $cohort }): { $state ->
    [on] да
   *[off] нет
  }
network-meet-explain = Когда координатор сети запускает раунд, вас в личке знакомят с кем-то из другой когорты, по возможности с общим языком и темой. Этот человек видит ваше имя, вашу когорту и как с вами связаться (ваш @username в Telegram или ваш Matrix ID); вы видите то же о нём.
network-meet-button-on = Да, познакомьте меня
network-meet-button-off = Нет, хватит
network-meet-on = Вас познакомят с кем-то из другой когорты в { $networks }. Этот человек увидит ваше имя, вашу когорту и как с вами связаться. <code>/network meet off</code> отключает это.
network-meet-off = Вас больше не будут ни с кем знакомить в { $networks }.
network-meet-off-already = Вы и не были записаны на знакомства там.
network-meet-error-paused = В этой когорте вы на перерыве: сначала вернитесь, потом запишитесь.
network-meet-error-no-network = Ни одна из ваших когорт здесь не входит в сеть.
network-round-error-one = В «{ $name }» одна когорта: знакомиться пока не с кем из другой когорты.
network-round-error-few = Меньше двух участников «{ $name }» записались через <code>/network meet on</code>, поэтому раунда нет.
network-round-done = Раунд { $number } сети «{ $name }»: { $groups ->
    [one] { $groups } знакомство
    [few] { $groups } знакомства
    [many] { $groups } знакомств
   *[other] { $groups } знакомства
} для { $people ->
    [one] { $people } человека
    [few] { $people } человек
    [many] { $people } человек
   *[other] { $people } человека
}. Никого не нашлось в этот раз: { $unplaced }. Групп с двумя людьми из одной когорты (больше никто не подошёл): { $same }. Не удалось написать в личку: { $unreached }.
network-meet-intro = { $person }, в сети «{ $network }» вы знакомитесь { $group ->
    [pair] с человеком
   *[triad] с двумя людьми
  } из другой когорты:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort }), в { $platform }: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort }), в { $platform }: у него есть ваш контакт, он напишет вам первым.
network-meet-intro-common = Общее: { $common }.
network-meet-common-languages = вы говорите на языках: { $languages }
network-meet-common-topics = интерес к темам: { $topics }
network-meet-common-none = ни языков, ни тем не указано; поздоровайтесь и посмотрите
network-meet-intro-next = Напишите друг другу и договоритесь о времени: хватит звонка или нескольких сообщений.
network-meet-nobody = { $person }, в этом раунде никто из других когорт «{ $network }» вам не подошёл. Вы остаётесь записаны на следующий.
mydata-network-meet = Сети, где вы знакомитесь с людьми из других когорт ({ $count }):
mydata-network-meet-on = • «{ $network }», через { $cohort }, с { $since }
mydata-network-meet-round = • «{ $network }», раунд { $number } ({ $when }): вы познакомились с { $others }
## w5-reports2
report-chart-too-few = График: пока нечего показать. Он появится, когда в нём будет { $min } или больше человек.
export-file-too-large = Файл { $file } не отправлен: его размер { $size } МБ больше, чем принимает этот чат ({ $limit } МБ). Скачайте его со страницы отчёта: /report web

## w5-gqa
gathering-report-people = Ответ и присутствие каждого:
gathering-ics-hint = Для вашего календаря: /gathering ics { $number }
button-gathering-keep = Нет, оставить
gathering-kept = Ничего не меняется: «{ $title }» состоится.
report-gathering-line-let-go = #{ $number } { $title }: придут { $going }, пришли { $present }; { $commitments ->
    [one] { $commitments } план
    [few] { $commitments } плана
    [many] { $commitments } планов
   *[other] { $commitments } плана
}: сделано { $done }, частично { $partly }, не актуально { $letgo }, открыто { $open }

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = назад, вернуться
survey-closed-unfinished = Опрос «{ $title }» закрыт до того, как вы закончили, поэтому этот ответ не сохранён.
survey-error-json-type = Вопрос { $n }: «{ $type }» — не тип вопроса. Используйте single, multi, scale5, scale10, yesno или text.
survey-error-too-many-options = У вопроса { $n } слишком много вариантов (не больше { $max }).
survey-error-question-too-long = Вопрос { $n }: его текст или один из вариантов слишком длинный (не больше { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}).
survey-error-title-too-long = Название, вступительный текст или текст благодарности слишком длинный (не больше { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}).
survey-error-send-poll = Опрос { $number } — быстрое голосование в группе: на него отвечают там, в личные чаты он не рассылается. Результаты: /survey results { $number }.

## w6-netment
network-report-mentorships = { "  " }наставничество: идёт { $active }; запрошено: { $asked }, принято: { $accepted }

## w3-net-web
cmd-network-page-summary = ссылка на веб-страницу того, чем поделились в сети (приходит в личку; revoke отключает все ссылки)
cmd-network-page-usage = /network page [revoke] ["Сеть"]
network-page-link = Веб-страница того, чем поделились в «{ $name }» (действует { $hours } ч). На ней то, чем участники решили поделиться, с именами только там, где они согласились; любой, у кого есть ссылка, может читать её до истечения срока. <code>/network page revoke</code> отключает все ссылки.
network-page-revoked = Ни одна из выданных до сих пор ссылок на страницу «{ $name }» больше не работает. <code>/network page</code> даёт новую.
network-page-not-set-up = Страница сети на этом боте не настроена: оператор задаёт PUBLIC_URL (docs/configuration.md).
network-page-title = Чем поделились в сети «{ $name }»
network-page-intro = Выводы, которыми решили поделиться участники { $cohorts ->
    [one] её { $cohorts } когорты
    [few] её { $cohorts } когорт
    [many] её { $cohorts } когорт
   *[other] её { $cohorts } когорты
}, по темам и языкам. То, что автор отозвал, здесь больше не показывается.
network-page-nothing = Пока ничем не поделились.
network-page-expires = Ссылка действует до { $at }.
network-page-refused-title = Эта ссылка не работает
network-page-refused = Срок ссылки истёк, её отозвали, изменили, или она ведёт на другую страницу. Координатор сети получает новую командой /network page.
network-withdraw-title-any = То, чем вы поделились. Забранное не попадёт в следующие сводки и исчезнет со страницы сети (уже опубликованная сводка остаётся):
network-withdraw-done-any = Забрано: больше не уйдёт и убрано со страницы сети.
network-withdraw-none-any = Вам нечего забрать.
mydata-network-page = Одобренное, отправленное или нет, также есть на веб-странице каждой сети для всех, у кого есть её ссылка, пока вы это не отзовёте (<code>/share withdraw</code>).
network-round-rhythm-usage = Скажите, как часто: <code>/network round every 2w</code> (от 1 до 12 недель) или <code>/network round off</code>.
network-round-rhythm-weeks = Раунды проходят раз в 1–{ $max ->
    [one] { $max } неделю
    [few] { $max } недели
    [many] { $max } недель
   *[other] { $max } недели
}, например <code>/network round every 2w</code>.
network-round-rhythm-set = Раунды между когортами «{ $name }» теперь проходят сами { $weeks ->
    [one] раз в { $weeks } неделю
    [few] раз в { $weeks } недели
    [many] раз в { $weeks } недель
   *[other] раз в { $weeks } недели
}; первый — { $next }. <code>/network round off</code> их останавливает.
network-round-rhythm-off = Раунды между когортами «{ $name }» больше не проходят сами; <code>/network round</code> по-прежнему запускает раунд.
network-round-rhythm-skipped = В этот раз раунда между когортами «{ $name }» нет: нужны две когорты и хотя бы два участника, записавшихся через <code>/network meet on</code>.
network-round-rhythm-note = Этот раунд прошёл сам (раз в { $weeks ->
    [one] { $weeks } неделю
    [few] { $weeks } недели
    [many] { $weeks } недель
   *[other] { $weeks } недели
}); следующий — { $next }.
## w3-net-e2e
network-meet-intro-you-write = У вас нет публичного имени пользователя в { $platform }, поэтому { $name } не может вам написать: пожалуйста, напишите первыми.
## w3-edges-pair
pair-ended-group = { $person }, ваше наставничество в { $name } завершилось.
pair-open-private = <a href="{ $link }">Откройте личный чат со мной</a>, и такие новости будут приходить вам туда.
## w3-edges-tg
timezone-every-cohort = У вас один часовой пояс во всех когортах: --cohort не меняет его только для одной.
