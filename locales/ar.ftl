# cohort-bot — العربية الفصحى (Modern Standard Arabic).
# Translated from en.ftl; keep the same ids, variables, tags and command words.
# "cohort" = الفوج (masculine, so status words agree with it). Address the reader
# with forms that are neutral in unvocalized script (يمكنك، لديك، لست) and avoid
# gendered imperatives where possible. Command placeholders stay in Latin script
# except single words (الاسم، الأمر، الرمز), which read fine inside an LTR command.

language-name = العربية

## Shared words

value-none = —
value-yes = نعم
value-no = لا
cancelled = أُلغي الأمر، ولم يتغيّر شيء.
done = تم.
usage-line = طريقة الاستخدام: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] مرشد
    [coordinator] منسّق
   *[member] عضو
}
status-name = { $status ->
    [paused] متوقف مؤقتًا
    [left] خارج الفوج
    [archived] مؤرشف
   *[active] نشط
}
field-cohort-name = اسم الفوج
field-languages = اللغات
field-region = المنطقة
field-themes = المحاور
field-topics = المواضيع
field-about = النبذة
button-cancel = إلغاء
button-archive-confirm = نعم، أرشفة الفوج
button-forget-confirm = نعم، حذف بياناتي

## Errors

error-internal = عذرًا، حدث خطأ من جهتي. يُرجى المحاولة مجددًا بعد دقيقة.
error-unknown-command = لا أعرف الأمر { $command }. يمكنك إرسال /help لمعرفة ما أستطيع فعله.
error-unknown-command-suggest = لا أعرف الأمر { $command }. هل المقصود { $suggestion }؟
error-unknown-subcommand = «{ $sub }» ليس من خيارات هذا الأمر.
error-unknown-subcommand-suggest = «{ $sub }» ليس من خيارات هذا الأمر. هل المقصود «{ $suggestion }»؟
error-missing-subcommand = يحتاج هذا الأمر إلى كلمة تحدّد المطلوب.
error-unclosed-quote = هناك علامة اقتباس لم تُغلق: يلزم إضافة { $quote } في نهاية النص.
error-unknown-flag = لا أعرف الخيار { $flag }.
error-flag-needs-value = يحتاج الخيار { $flag } إلى قيمة، مثل { $flag }=قيمة.
error-missing-argument = هناك شيء ناقص هنا ({ $argument }).
error-unexpected-words = لم أتوقع «{ $words }» هنا.
error-nothing-to-change = يلزم تحديد ما يجب تغييره، بخيار واحد على الأقل.
error-group-only = يعمل { $command } في محادثة المجموعة، حيث يوجد الفوج.
error-no-cohort-here = لا يوجد فوج في هذه المحادثة بعد. يمكن لأحد مشرفي المجموعة إنشاء فوج بالأمر <code>/cohort create "الاسم"</code>.
error-not-member = هذا متاح لأعضاء هذا الفوج فقط. للانضمام، يمكنك إرسال /join.
error-needs-role = هذا الإجراء متاح فقط لمن دوره { $role } في هذا الفوج.
error-text-empty = لا يحتوي حقل { $field } على أي حرف ظاهر.
error-text-too-long = حقل { $field } طويل جدًا: عدد أحرفه { $length }، والحد الأقصى { $max ->
    [zero] لا أحرف
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
error-too-many-items = عدد العناصر في حقل { $field } كبير جدًا: الحد الأقصى { $max }.
error-bad-timezone = «{ $value }» ليست منطقة زمنية أعرفها. يُرجى استخدام اسم مثل Africa/Cairo أو Asia/Riyadh أو Africa/Casablanca.
error-bad-language = «{ $value }» ليس رمز لغة. يُرجى استخدام رموز مثل ar أو en أو es أو pt-BR.
error-unsupported-language = لا أتحدث «{ $value }» بعد. اللغات التي أتحدثها: { $available }.
error-bad-until = «{ $value }» ليس تاريخًا ولا مدة. يُرجى استخدام تاريخ مثل 2026-12-24، أو مدة مثل 12h أو 3d أو 2w (ساعات، أيام، أسابيع).
error-until-past = الموعد { $value } قد مضى بالفعل.
error-until-too-far = الموعد { $value } أبعد من سنة من الآن.
error-bad-number = يجب أن تكون قيمة { $field } عددًا صحيحًا من { $min } إلى { $max } (وليس «{ $value }»).
error-bad-yes-no = يُرجى الإجابة عن { $field } بـ«نعم» أو «لا» (وليس «{ $value }»).
error-bad-role = «{ $value }» ليس دورًا. الأدوار المتاحة: member (عضو)، mentor (مرشد)، coordinator (منسّق).
error-bad-profile-field = «{ $value }» ليس حقلًا في الملف الشخصي. الحقول: { $fields }.
error-unknown-person = لا أعرف { $who } بعد. أتعرّف على الأشخاص عندما يكتبون في محادثة أكون فيها.
error-not-in-cohort = لا يوجد { $name } بين أعضاء هذا الفوج.
error-cohort-exists = لهذه المحادثة فوج بالفعل: { $name }. يجب أرشفته أولًا لبدء فوج جديد.
error-cohort-archived = الفوج { $name } مؤرشف.
error-unknown-cohort = لست في فوج باسم «{ $value }». أفواجك: { $cohorts }.
private-not-understood = أنا أستجيب للأوامر. يمكنك إرسال /help لرؤيتها.

## Buttons

action-stale = لم يعد هذا الزر صالحًا.
action-not-yours = هذا الزر مخصّص لشخص آخر.

## /help

cmd-help-summary = ما يمكنني فعله هنا
cmd-help-usage = /help [الأمر]
help-title-group = <b>الأوامر المتاحة في هذه المجموعة</b>
help-title-private = <b>الأوامر المتاحة هنا</b>
help-line = { $usage } — { $summary }
help-footer = لمعرفة المزيد عن أمر ما، يمكنك إرسال <code>/help</code> متبوعًا باسم الأمر.
help-where-group = يعمل في محادثة جماعية.
help-where-private = يعمل في محادثة خاصة معي.

## /start

start-welcome = مرحبًا { $name }! أدير أفواج التعلّم بين الأقران: متابعات دورية، وإرشاد، وتأملات. يمكنك إرسال /help لمعرفة ما يمكنك فعله، أو فتح رابط الانضمام إلى فوج.
start-joined = أهلًا بك في { $name }! يمكنك تعريف مرشدك والمنسقين بنفسك، هنا في المحادثة الخاصة، عبر <code>/profile set about …</code>، وإرسال /help لمعرفة المزيد.
start-bad-link = رابط الانضمام هذا لم يعد صالحًا. يمكنك طلب رابط جديد من أحد المنسّقين.

## /cohort

cmd-cohort-summary = عرض فوج هذه المحادثة؛ وللمنسّقين إنشاؤه وإدارته
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = عرض الفوج
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = إنشاء فوج لهذه المحادثة أو لهذا الموضوع
cmd-cohort-create-usage = /cohort create "الاسم" [--languages ar,en] [--region "…"] [--themes "a, b"] [--timezone Area/City] [--language ar]
cmd-cohort-edit-summary = تغيير اسم الفوج أو سياقه أو إعداداته
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
cmd-cohort-pause-summary = إيقاف الفوج مؤقتًا، حتى تاريخ معيّن إن أردت
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = استئناف فوج متوقف مؤقتًا
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = أرشفة الفوج (بعد التأكيد)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = لا يوجد فوج في هذه المحادثة بعد. يمكن لأحد مشرفي المجموعة إنشاء فوج بالأمر <code>/cohort create "الاسم"</code>.
cohort-created = أُنشئ الفوج <b>{ $name }</b>. ينضم الأعضاء بالأمر /join أو عبر الرابط أدناه.
cohort-edited = ما تغيّر: { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = الحالة: { $status }
cohort-card-status-until = الحالة: { $status } حتى { $until }
cohort-card-languages = اللغات: { $languages }
cohort-card-region = المنطقة: { $region }
cohort-card-themes = المحاور: { $themes }
cohort-card-timezone = المنطقة الزمنية: { $timezone }
cohort-card-language = لغة البوت: { $language }
cohort-card-members = { $count ->
    [zero] لا أعضاء بعد
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
cohort-card-names-in-group-on = في المجموعة أذكر بالاسم من لم يُجب بعد، ومن في استراحة، ومن لم يجد شريكًا.
cohort-card-names-in-group-off = في المجموعة أذكر عدد من لم يُجب بعد أو من في استراحة أو من لم يجد شريكًا، دون أسماء؛ ويصل المنسّقين الأسماءُ في رسالة خاصة.
cohort-card-join-link = رابط الانضمام: <a href="{ $link }">{ $link }</a>
cohort-paused = الفوج { $name } متوقف مؤقتًا. لا شيء مجدول حتى استخدام /cohort resume.
cohort-paused-until = الفوج { $name } متوقف مؤقتًا حتى { $until }.
cohort-already-paused = الفوج متوقف مؤقتًا بالفعل.
cohort-not-paused = الفوج ليس متوقفًا.
cohort-resumed = عاد الفوج { $name } إلى النشاط.
cohort-resumed-auto = انتهى التوقف المؤقت: عاد الفوج { $name } إلى النشاط.
cohort-archive-confirm = أرشفة الفوج <b>{ $name }</b>؟ يبقى الأعضاء في المحادثة، لكن الفوج يتوقف، ويمكن إنشاء فوج جديد هنا.
cohort-archived = أُرشف الفوج { $name }.
bot-added = مرحبًا! أدير أفواج التعلّم بين الأقران. يمكن لأحد مشرفي المجموعة بدء فوج بالأمر <code>/cohort create "الاسم"</code>، ويمكنكم إرسال /help لمعرفة المزيد.
room-encrypted = هذه الغرفة مشفّرة تشفيرًا تامًّا بين الطرفين، ولا أستطيع قراءة الرسائل المشفّرة بعد، لذا لن أجيب عن الأوامر هنا. استخدموا غرفة غير مشفّرة للفوج، أو اطلبوا ممن يشغّلني تفعيل دعم التشفير.
bot-added-with-cohort = مرحبًا من جديد! الفوج { $name } ما زال هنا. يمكنكم إرسال /help لمعرفة ما أستطيع فعله.

## Members

cmd-join-summary = الانضمام إلى فوج هذه المحادثة
cmd-join-usage = /join
cmd-leave-summary = مغادرة فوج هذه المحادثة
cmd-leave-usage = /leave
cmd-members-summary = عرض أعضاء الفوج
cmd-members-usage = /members [--all]
cmd-role-summary = إسناد دور إلى شخص
cmd-role-usage = /role @user member|mentor|coordinator
join-welcome = { $person }، أهلًا بك في { $name }!
join-welcome-dm = أهلًا بك في { $name }! يمكنك تعريف مرشدك والمنسقين بنفسك، هنا في المحادثة الخاصة، عبر <code>/profile set about …</code>، وإرسال /help لمعرفة المزيد.
join-already = أنت بالفعل من أعضاء { $name }.
join-in-private = للانضمام إلى فوج، يمكنك إرسال /join في مجموعته، أو فتح رابط الانضمام الخاص به.
leave-done = لقد غادرت { $name }. سأحتفظ بملفك الشخصي في حال عودتك؛ والأمر /forgetme يحذف كل شيء.
leave-not-member = لست من أعضاء { $name }.
cmd-pause-summary = خذ استراحة: لن تصلك متابعات أو اقترانات حتى تنتهي
cmd-pause-usage = /pause [--until 2026-12-24|2w] (في المحادثة الخاصة: [--cohort "الاسم"])
cmd-resume-summary = أنهِ استراحتك مبكرًا
cmd-resume-usage = /resume (في المحادثة الخاصة: [--cohort "الاسم"])
pause-done-until = أنت في استراحة من { $name } حتى { $until }: لن تصلك متابعات أو تذكيرات أو اقترانات. الأمر /resume ينهيها مبكرًا.
resume-done = مرحبًا بعودتك إلى { $name }: ستصلك المتابعات من جديد.
resume-not-paused = لست في استراحة من { $name }.
pause-ended-dm = انتهت استراحتك من { $name }: ستصلك المتابعات من جديد. الأمر /pause يبدأ استراحة أخرى.
members-title = <b>{ $name }</b>: { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }، { $status }
members-on-break-count = { $count ->
    [zero] ولا أحد آخر في استراحة.
    [one] وعضو آخر في استراحة.
    [two] وعضوان آخران في استراحة.
    [few] و{ $count } أعضاء آخرون في استراحة.
    [many] و{ $count } عضوًا آخر في استراحة.
   *[other] و{ $count } عضو آخر في استراحة.
}
members-left-count = { $count ->
    [zero] ولم يغادر أحد آخر الفوج.
    [one] وشخص آخر غادر الفوج.
    [two] وشخصان آخران غادرا الفوج.
    [few] و{ $count } أشخاص آخرون غادروا الفوج.
    [many] و{ $count } شخصًا آخر غادروا الفوج.
   *[other] و{ $count } شخص آخر غادروا الفوج.
}
members-names-sent-privately = أرسلتُ إليك القائمة الكاملة في رسالة خاصة.
members-names-not-in-group = لا تظهر أسماؤهم في المجموعة (الأمر /cohort edit --names-in-group yes يُظهرها).
members-none = لا يوجد أعضاء في { $name } بعد.
role-set = أصبح دور { $name } الآن: { $role }.
role-admin-note = { $name } من مشرفي هذه المحادثة، ويبقى منسّقًا هنا ما دام مشرفًا.
role-admin-granted-note = { $name } من مشرفي هذه المحادثة أيضًا. يُبقيه الدور المُسنَد منسّقًا إذا لم يعد مشرفًا، ويُسحب هذا الدور بالأمر <code>/role @user member</code>.
members-coordinator = { $source ->
    [admin] منسّق (مشرف في المحادثة)
    [both] منسّق (مشرف في المحادثة، وأُسند إليه الدور أيضًا عبر /role)
   *[granted] منسّق (أُسند إليه الدور عبر /role)
}
members-roles-note = مشرفو المحادثة منسّقون ما داموا مشرفين. أمّا الدور المُسنَد عبر /role فيبقى حتى يُسحب بالأمر <code>/role @user member</code>.
role-unchanged = دور { $name } هو { $role } بالفعل.

## /profile

cmd-profile-summary = عرض ملفك الشخصي أو تغييره
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = عرض ملفك الشخصي (وللمنسّقين: ملف أي عضو، يصلهم في محادثة خاصة)
cmd-profile-show-usage = /profile [show] [@user] [--cohort "الاسم"]
cmd-profile-set-summary = تعيين حقل: languages (اللغات)، region (المنطقة)، topics (المواضيع)، timezone (المنطقة الزمنية)، capacity (سعة الإرشاد)، wants-mentor (الرغبة في مرشد)، stage (المرحلة)؛ وفي المحادثة الخاصة أيضًا preferences (التفضيلات) و about (نبذة)
cmd-profile-set-usage = /profile set الحقل القيمة [--cohort "الاسم"]
cmd-profile-clear-summary = مسح حقل
cmd-profile-clear-usage = /profile clear الحقل [--cohort "الاسم"]
profile-title = <b>{ $name }</b> في { $cohort } — { $role }، { $status }
profile-languages = اللغات: { $value }
profile-region = المنطقة: { $value }
profile-topics = المواضيع: { $value }
profile-timezone = المنطقة الزمنية: { $value }
profile-capacity = سعة الإرشاد: { $value ->
    [0] لا
    [one] شخص واحد
    [two] شخصان
    [few] { $value } أشخاص
    [many] { $value } شخصًا
   *[other] { $value } شخص
}
profile-wants-mentor = الرغبة في مرشد: { $value }
profile-about = نبذة: { $value }
profile-updated = حُفظت قيمة الحقل { $field } في: { $cohorts }.
profile-cleared = مُسحت قيمة الحقل { $field } في: { $cohorts }.
profile-no-cohorts = لست في أي فوج بعد. يمكنك الانضمام إلى فوج بإرسال /join في مجموعته، أو عبر رابط الانضمام الخاص به.

## /language and /timezone

cmd-language-summary = اختيار اللغة التي أكتب لك بها
cmd-language-usage = /language [الرمز]
cmd-timezone-summary = عرض منطقتك الزمنية أو تعيينها
cmd-timezone-usage = /timezone [Area/City]
language-current = أكتب لك باللغة { $language }. يمكنك اختيار لغة أخرى:
language-set = من الآن فصاعدًا سأكتب لك باللغة { $language }.
language-group-note = في هذه المجموعة، سأواصل التحدث بلغة الفوج.
timezone-current = منطقتك الزمنية: { $timezone } (الوقت الآن: { $now }).
timezone-set = أصبحت منطقتك الزمنية { $timezone } (الوقت الآن: { $now }).

## /mydata and /forgetme

cmd-mydata-summary = كل ما أحتفظ به عنك
cmd-mydata-usage = /mydata
cmd-forgetme-summary = حذف كل ما أحتفظ به عنك
cmd-forgetme-usage = /forgetme
mydata-title = <b>ما أحتفظ به عنك</b>
mydata-account = الاسم: { $name } (اسم المستخدم: { $username })، معرّف { $platform }: { $id }
mydata-settings = اللغة: { $language } (لغة تطبيقك: { $hint })، المنطقة الزمنية: { $timezone }
mydata-since = أعرفك منذ { $date }
mydata-memberships = { $count ->
    [0] لست في أي فوج.
    [one] أنت في فوج واحد:
    [two] أنت في فوجين:
    [few] أنت في { $count } أفواج:
    [many] أنت في { $count } فوجًا:
   *[other] أنت في { $count } فوج:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }، { $status }، منذ { $joined }
mydata-profile = { "  " }اللغات: { $languages }؛ المنطقة: { $region }؛ المواضيع: { $topics }؛ المنطقة الزمنية: { $timezone }؛ سعة الإرشاد: { $capacity }؛ الرغبة في مرشد: { $wantsMentor }؛ نبذة: { $about }
mydata-audit = { $count ->
    [0] لا يتضمن السجل أي تغيير أجريته بصفة منسّق.
    [one] يتضمن السجل باسمك تغييرًا واحدًا بصفة منسّق.
    [two] يتضمن السجل باسمك تغييرين بصفة منسّق.
    [few] يتضمن السجل باسمك { $count } تغييرات بصفة منسّق.
    [many] يتضمن السجل باسمك { $count } تغييرًا بصفة منسّق.
   *[other] يتضمن السجل باسمك { $count } تغيير بصفة منسّق.
}
mydata-footer = لا أحتفظ برسائل الدردشة، فقط بما تجيب به في المتابعات والتأملات (المذكورة أعلاه). الأمر /forgetme يحذف كل هذا.
forgetme-confirm = سيؤدي هذا إلى حذف حسابك هنا، وملفك الشخصي، وعضويتك في { $count ->
    [zero] أي فوج
    [one] فوج واحد
    [two] فوجين
    [few] { $count } أفواج
    [many] { $count } فوجًا
   *[other] { $count } فوج
}. تبقى إجراءات التنسيق التي قمت بها مسجّلة دون اسمك. لا يمكن التراجع عن ذلك.
forgetme-done = تم: حذفتُ كل ما كنت أحتفظ به عنك. إذا راسلتني مجددًا، فسأبدأ من الصفر.

## Check-ins

cmd-checkin-summary = المتابعات الدورية: اعرضها؛ ويجدولها المنسقون
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = عرض جداول المتابعة لهذه المجموعة
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = إضافة جدول متابعة بتوقيت المجموعة
cmd-checkin-schedule-usage = /checkin schedule أسبوعيا الاثنين 18:00 | كل 2 أسابيع الخميس 09:30 | شهريا أول الثلاثاء 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = نشر متابعة الآن
cmd-checkin-now-usage = /checkin now [الرقم]
cmd-checkin-skip-summary = تخطي المتابعة التالية في جدول
cmd-checkin-skip-usage = /checkin skip الرقم
cmd-checkin-pause-summary = إيقاف جدول مؤقتًا
cmd-checkin-pause-usage = /checkin pause الرقم
cmd-checkin-resume-summary = استئناف جدول موقوف
cmd-checkin-resume-usage = /checkin resume الرقم
cmd-checkin-delete-summary = حذف جدول ومتابعاته
cmd-checkin-delete-usage = /checkin delete الرقم
checkin-question-1 = ماذا أنجزت منذ المتابعة الأخيرة؟
checkin-question-2 = على ماذا ستعمل بعد ذلك؟
checkin-question-3 = هل يعيقك شيء، أو هل يمكن لأحد أن يساعدك؟
checkin-error-pattern = لا أستطيع فهم «{ $pattern }» كجدول. جرّب: weekly mon 18:00 أو every 2 weeks thu 09:30 أو monthly first tue 17:00 أو cron 0 18 * * 1.
checkin-error-weekday = «{ $word }» ليس يومًا من أيام الأسبوع (mon, tue, wed, thu, fri, sat, sun).
checkin-error-time = «{ $word }» ليس وقتًا من اليوم (من 00:00 إلى 23:59).
checkin-error-nth = «{ $word }» ليس first أو second أو third أو fourth أو last.
checkin-error-every = «{ $word }» أسابيع: اختر من 1 إلى 8.
checkin-error-cron = «{ $field }» ليس حقل cron صالحًا (الدقيقة الساعة اليوم الشهر يوم-الأسبوع).
checkin-error-never = هذا الجدول لا يحدث أبدًا (هذا التاريخ غير موجود).
checkin-error-too-often = يمكن أن تكون المتابعات مرة واحدة في الساعة على الأكثر.
checkin-error-span = { $flag } «{ $value }» ليست مدة بين 10m و14d (مثل 90m أو 6h أو 2d).
checkin-error-remind-window = يجب أن يأتي التذكير قبل إغلاق الإجابات: اجعل { "--remind" } أقصر من { "--window" }.
checkin-error-window-overlap = نافذة الإجابات أطول من الوقت بين متابعتين: اجعل { "--window" } أقصر.
checkin-error-digest = «{ $value }» ليست group ولا coordinators.
checkin-error-questions = { $max ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $max } أسئلة
    [many] { $max } سؤالًا
   *[other] { $max } سؤال
} على الأكثر من فضلك.
checkin-error-question-length = يمكن أن يحتوي السؤال على { $max ->
    [zero] لا أحرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
} على الأكثر.
checkin-error-no-schedule = لا يوجد هنا جدول متابعة «{ $id }». /checkin list يعرضها.
checkin-error-not-active = الجدول #{ $id } موقوف: لا توجد متابعة تالية لتخطيها.
checkin-error-already-paused = الجدول #{ $id } موقوف بالفعل.
checkin-error-not-paused = الجدول #{ $id } ليس موقوفًا.
checkin-error-not-member = يمكن لأعضاء هذه المجموعة فقط الإجابة عن متابعاتها. استخدم { "/join" } أولًا.
checkin-error-closed = هذه المتابعة مغلقة: لم تعد الإجابات مقبولة.
checkin-error-on-break = أنت في استراحة من هذه المجموعة، لذا لا تحسبك المتابعات. استخدم { "/resume" } أولًا للإجابة.
checkin-none-yet = لا توجد متابعات مجدولة هنا بعد. للمنسقين: { "/checkin schedule" } أسبوعيا الاثنين 18:00
checkin-scheduled = تم ضبط جدول المتابعة #{ $id }.
checkin-list-title = <b>جداول المتابعة</b>
checkin-schedule-line = #{ $id }: { $pattern } ({ $timezone })، { $status ->
    [paused] موقوف
   *[other] التالية { $next }
}، الإجابات مفتوحة { $window }
checkin-skipped = سيتم تخطي متابعة الجدول #{ $id } في { $when }.
checkin-paused = الجدول #{ $id } موقوف.
checkin-resumed = الجدول #{ $id } يعمل من جديد؛ المتابعة التالية { $next }.
checkin-delete-confirm = حذف الجدول #{ $id } ({ $pattern }) مع متابعاته وإجاباته؟ لا يمكن التراجع عن ذلك.
checkin-deleted = تم حذف الجدول #{ $id }.
button-checkin-delete-confirm = احذفه
button-checkin-private = أجب بشكل خاص
button-checkin-share = شارك مع المجموعة
button-checkin-keep-private = أبقها خاصة
checkin-prompt = <b>حان وقت المتابعة يا { $name }!</b> الإجابات مفتوحة حتى { $closes }.
checkin-prompt-how = ردّ على هذه الرسالة لتجيب هنا (سطر لكل سؤال)، أو أجب بشكل خاص.
checkin-private-started = كتبت إليك في رسالة خاصة.
checkin-dm-first = لا أستطيع مراسلتك أولًا: افتح محادثة خاصة معي، ثم اضغط الزر مرة أخرى.
checkin-dm-link = { $person }، لا يمكنني مراسلتك أولًا. افتح { $link } واضغط «ابدأ»: تبدأ إجاباتك هناك.
checkin-dm-first-link = لا يمكنني مراسلتك أولًا: استخدم الرابط الذي نشرته.
checkin-dm-intro = متابعة { $name }. أجب عن سؤال واحد في كل مرة؛ اكتب «تخطي» لتخطي سؤال.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = شكرًا! أجبت عن { $answered } من { $total }. هل تشارك إجاباتك في الملخص؟
checkin-will-share = ستظهر إجاباتك في الملخص.
checkin-kept-private = تبقى إجاباتك خاصة: الملخص يحسب مشاركتك فقط.
checkin-reflect-offer = هل تود كتابة تأمل قصير فيما تعلمته؟ لن يقرأه أحد غيرك ما لم تختر غير ذلك.
button-reflect-write = اكتب تأملًا
button-reflect-not-now = ليس الآن
checkin-reflect-ask = اكتب تأملك في رسالتك التالية (أو «skip»).
checkin-reflect-later = حسنًا. في أي وقت: /reflect متبوعًا ببضعة أسطر.
button-visibility-mentor = شاركه مع مرشدي
button-visibility-coordinators = شاركه مع المنسقين
button-visibility-cohort = شاركه مع المجموعة
checkin-answer-saved = شكرًا، سُجّلت إجابتك.
checkin-reminder-dm = متابعة { $name } تُغلق قريبًا ولم تصلني إجابتك بعد.
checkin-reminder-group = المتابعة تُغلق قريبًا؛ لم يُجب بعد: { $names }.
checkin-reminder-group-count = المتابعة تُغلق قريبًا؛ { $count ->
    [zero] أجاب الجميع.
    [one] شخص واحد لم يُجب بعد.
    [two] شخصان لم يُجيبا بعد.
    [few] { $count } أشخاص لم يُجيبوا بعد.
    [many] { $count } شخصًا لم يُجيبوا بعد.
   *[other] { $count } شخص لم يُجيبوا بعد.
}
checkin-digest-title = <b>ملخص المتابعة، { $name }</b>
checkin-digest-count = { $count ->
    [zero] لم يشارك أحد
    [one] شارك شخص واحد
    [two] شارك شخصان
    [few] شارك { $count } أشخاص
    [many] شارك { $count } شخصًا
   *[other] شارك { $count } شخص
} (من { $total }).
checkin-digest-who = شكرًا لـ { $names }.
checkin-digest-coordinators-only = تذهب الإجابات إلى المنسقين فقط.
checkin-digest-reflections = <b>تأملات مشتركة</b>
cmd-checkin-stats-summary = من شارك في آخر المتابعات، ومن توقف عن المشاركة (تصلك في محادثة خاصة)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = لم تُغلق أي متابعة بعد.
checkin-stats-title = <b>المشاركة في { $count ->
    [zero] لا متابعات
    [one] آخر متابعة
    [two] آخر متابعتين
    [few] آخر { $count } متابعات
    [many] آخر { $count } متابعة
   *[other] آخر { $count } متابعة
}</b>
checkin-stats-line = { $name }: { $answered }/{ $total }، سلسلة { $streak }
checkin-stats-inactive = فاتتهم { $count ->
    [zero] { $count } متابعة
    [one] متابعة واحدة
    [two] متابعتان
    [few] { $count } متابعات
    [many] { $count } متابعةً
   *[other] { $count } متابعة
} أو أكثر على التوالي: { $names }
checkin-error-inactive-after = «{ $value }» ليس عددًا من المتابعات بين 0 و20 (0: أبدًا).
checkin-nudge = مرحبًا { $person }! { $count ->
    [zero] لم تفتك أي متابعة
    [one] فاتتك آخر متابعة
    [two] فاتتك آخر متابعتين
    [few] فاتتك آخر { $count } متابعات
    [many] فاتتك آخر { $count } متابعةً
   *[other] فاتتك آخر { $count } متابعة
} في { $name }. لا ضغط عليك: هل ما زلت معنا، أم تود استراحة لأسبوعين، أم تفضل مغادرة الفوج؟
button-nudge-in = ما زلت معكم
button-nudge-pause = استراحة لأسبوعين
button-nudge-leave = مغادرة المجموعة
nudge-still-in = يسعدنا ذلك! نراك في المتابعة القادمة في { $name }.
nudge-left = لقد غادرت { $name }. الأمر /join في المجموعة يعيدك في أي وقت، مع ملفك الشخصي كما كان.
mydata-checkins = { $count ->
    [zero] لم تُجب عن أي متابعة.
    [one] إجاباتك في المتابعات (واحدة):
    [two] إجاباتك في المتابعات (اثنتان):
    [few] إجاباتك في المتابعات ({ $count }):
    [many] إجاباتك في المتابعات ({ $count }):
   *[other] إجاباتك في المتابعات ({ $count }):
}
mydata-checkin-answer = • { $cohort }، { $date }: { $answers } (مشتركة: { $shared })

## Reflections

cmd-reflect-summary = اكتب تأملًا في محادثة خاصة؛ واختر من يمكنه قراءته
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "الاسم"]
cmd-reflections-summary = اعرض تأملاتك، أو مع «shared» ما سمح لك الآخرون بقراءته (في الخاص)
cmd-reflections-usage = /reflections [shared] [--cohort "الاسم"]
reflect-error-not-member = التأملات تنتمي إلى مجموعة: انضم إلى واحدة أولًا عبر { "/join" }.
reflect-error-too-long = يمكن أن يحتوي التأمل على { $max ->
    [zero] لا أحرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
} على الأكثر.
reflect-error-visibility = «{ $value }» ليست me أو mentor أو coordinators أو cohort.
reflect-saved = حُفظ في { $cohort }. { $visibility ->
    [me] أنت وحدك تستطيع قراءته.
    [mentor] أنت ومرشدك تستطيعان قراءته.
    [coordinators] أنت والمنسقون تستطيعون قراءته.
   *[cohort] يستطيع الفوج قراءته، وسيظهر في الملخص التالي.
}
reflections-title = <b>تأملاتك</b>
reflections-none = لم تكتب أي تأملات بعد. /reflect … يكتب واحدًا.
reflections-line = { $date }، { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>تأملات شاركها الآخرون معك</b> (آخر 90 يومًا)
reflections-shared-none = لم يشارك أحد تأملًا معك خلال آخر 90 يومًا.
reflections-shared-line = { $date }، { $cohort }، { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [zero] لم تكتب أي تأملات.
    [one] تأملاتك (واحد):
    [two] تأملاتك (اثنان):
    [few] تأملاتك ({ $count }):
    [many] تأملاتك ({ $count }):
   *[other] تأملاتك ({ $count }):
}
mydata-reflection = • { $cohort }، { $date } ({ $visibility }): { $text }

## Pairing

cmd-pair-summary = مرشدك أو من ترشدهم؛ ويقرن المنسقون المرشدين بالمسترشدين
cmd-pair-usage = /pair [mentors|confirm] | /pair @mentor @mentee
cmd-pair-show-summary = مرشدك أو من ترشدهم (المنسقون: /pair @mentor @mentee يقرن شخصين يدويًا)
cmd-pair-show-usage = /pair | /pair @mentor @mentee
cmd-pair-mentors-summary = اعرض أفضل مرشد لكل عضو يطلب مرشدًا، والسبب (تصلك في محادثة خاصة)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = اسأل مرشدي الاقتراح
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = أنهِ إرشاد شخص ما (يسأل أولًا)
cmd-unpair-usage = /unpair @user
pair-reason-shared-language = يتحدثان { $values }
pair-reason-language-bridging = بلا لغة مشتركة (بإذن المنسقين)
pair-reason-same-region = كلاهما في { $values }
pair-reason-shared-topics = مواضيع: { $values }
pair-reason-timezone-overlap = { $values } ساعات يقظة مشتركة
pair-reason-timezone-unknown = المنطقة الزمنية غير معروفة
pair-reason-stage-fit = المراحل متوافقة ({ $values })
pair-reason-stage-mismatch = المراحل متباعدة ({ $values })
pair-reason-shared-preference = تفضيل مشترك
pair-reason-repeat = اقترنا من قبل ({ $values })
pair-reason-none = لا سبب قويًا سوى التفرغ
pair-preview-title = <b>المرشدون المقترحون</b> ({ $count ->
    [zero] لا ثنائيات
    [one] ثنائي واحد
    [two] ثنائيان
    [few] { $count } ثنائيات
    [many] { $count } ثنائيًا
   *[other] { $count } ثنائي
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: لا يناسبه أي مرشد (لا لغة مشتركة أو مستبعد)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: المرشدون المناسبون لا متسع لديهم
pair-preview-confirm = الأمر /pair confirm يسأل هؤلاء المرشدين؛ والأمر /pair mentors مجددًا يعيد الحساب.
pair-confirmed = { $count ->
    [zero] لم أسأل أي مرشد.
    [one] سألت مرشدًا واحدًا.
    [two] سألت مرشدَين.
    [few] سألت { $count } مرشدين.
    [many] سألت { $count } مرشدًا.
   *[other] سألت { $count } مرشد.
} لكل منهم { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
} للرد؛ وبلا رد يُعرض المسترشد على المرشد الأنسب التالي.
pair-asked-one = طلبت من { $mentor } إرشاد { $mentee }.
pair-ask = مرحبًا { $mentor }! هل تود إرشاد { $mentee } في { $name }؟
pair-why = لماذا أنت: { $reasons }.
pair-about = عنه: { $about }
pair-ask-deadline = يُرجى الرد قبل { $when }.
button-pair-accept = أقبل
button-pair-decline = أعتذر
pair-answer-late = هذا الطلب لم يعد مفتوحًا.
pair-accepted-toast = شكرًا! عرّفت كلًّا منكما بالآخر.
pair-declined-thanks = شكرًا لإخبارنا. سأسأل شخصًا آخر.
pair-no-next-mentor = لا يوجد مرشد آخر متاح لـ { $mentee } في { $name } الآن. أعد /pair mentors حين يتوفر متسع لدى أحد المرشدين.
pair-intro-mentee = { $person }، تعرّف إلى مرشدك { $other } في { $name }!
pair-intro-mentor = { $person }، تعرّف إلى المسترشد { $other } في { $name }!
pair-intro-times = بعض الأوقات للقاء (18:00 بتوقيت المسترشد):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = مرشدك: { $other } ({ $status ->
    [asked] طُلب منه، بانتظار الرد
   *[other] مؤكد
})
pair-mine-mentee = المسترشد: { $other } ({ $status ->
    [asked] بانتظار ردك
   *[other] مؤكد
})
pair-mine-none = ليس لديك مرشد أو مسترشد في هذه المجموعة بعد. تريد مرشدًا؟ /profile set wants-mentor yes
pair-error-two-people = اذكر شخصين: /pair @mentor @mentee
pair-error-self = لا يمكن لأحد أن يرشد نفسه.
pair-error-has-mentor = لدى { $mentee } مرشد بالفعل (أو يُسأل أحدهم). استخدم /unpair { $mentee } أولًا.
pair-error-no-mentors = لا أحد في هذه المجموعة عرض الإرشاد بعد: يعرضه الأعضاء بالأمر /profile set capacity 2.
pair-error-no-mentees = لا أحد ينتظر مرشدًا: يُطلب بالأمر /profile set wants-mentor yes.
pair-error-no-preview = لا يوجد اقتراح لتأكيده: الأمر /pair mentors ينشئه.
pair-error-not-paired = ليس لدى { $who } مرشد أو مسترشد.
unpair-confirm = إنهاء { $count ->
    [zero] علاقات الإرشاد
    [one] الإرشاد
    [two] علاقتَي الإرشاد
    [few] { $count } علاقات إرشاد
    [many] { $count } علاقةَ إرشاد
   *[other] { $count } علاقة إرشاد
} لـ { $who }؟
button-unpair-confirm = أنهِ
unpair-done = { $count ->
    [zero] لم تنتهِ أي علاقة إرشاد.
    [one] انتهت علاقة إرشاد واحدة.
    [two] انتهت علاقتا إرشاد.
    [few] انتهت { $count } علاقات إرشاد.
    [many] انتهت { $count } علاقةَ إرشاد.
   *[other] انتهت { $count } علاقة إرشاد.
}
mydata-mentorships = { $count ->
    [0] ليست لديك علاقات إرشاد.
    [one] علاقة الإرشاد (واحدة):
    [two] علاقتا الإرشاد (اثنتان):
    [few] علاقات الإرشاد ({ $count }):
    [many] علاقات الإرشاد ({ $count }):
   *[other] علاقات الإرشاد ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: مرشد لـ { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: يرشدك { $other } ({ $status })
cmd-pair-peers-summary = جولة أقران الآن: أزواج (وثلاثي إن كان العدد فرديًا)، مع شركاء جدد حين يمكن
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = جولات الأقران تلقائيًا كل بضعة أسابيع، أو إيقافها؛ وأيام حتى سؤال "هل التقيتم؟"
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = جولات الأقران حتى الآن: المجموعات، ومن قال إنه التقى (تصلك في محادثة خاصة)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>جولة الأقران { $number } في { $name }</b>: سلّموا على شركائكم واختاروا وقتًا للحديث.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: لا أحد يناسب هذه المرة، عذرًا.
pair-round-unplaced-count = • { $count ->
    [zero] وجد الجميع من يناسبهم هذه المرة.
    [one] لم يناسب أحدٌ شخصًا واحدًا هذه المرة، عذرًا.
    [two] لم يناسب أحدٌ شخصين هذه المرة، عذرًا.
    [few] لم يناسب أحدٌ { $count } أشخاص هذه المرة، عذرًا.
    [many] لم يناسب أحدٌ { $count } شخصًا هذه المرة، عذرًا.
   *[other] لم يناسب أحدٌ { $count } شخص هذه المرة، عذرًا.
}
pair-round-unplaced-dm = مرحبًا { $person }. في جولة الأقران { $number } من { $name } لم يناسبك أحد هذه المرة، عذرًا. سأحاول مجددًا في الجولة القادمة.
pair-round-unplaced-coordinators = جولة الأقران { $number } من { $name }: لم يناسب أحدٌ { $names } هذه المرة. لا يقرأ هذا إلا المنسّقون.
pair-round-follow-up = في { $when } سأسأل كلًّا منكم هل التقيتم.
pair-round-dm = مرحبًا { $person }! في جولة الأقران { $number } من { $name } أنت مع { $others }. سلّم واختاروا وقتًا للحديث.
pair-met-question = مرحبًا { $person }! هل التقيت بـ { $others } (جولة الأقران { $number } من { $name })؟
button-pair-met-yes = نعم
button-pair-met-no = لا
button-pair-met-not-yet = ليس بعد
pair-met-thanks-yes = رائع، شكرًا!
pair-met-thanks-no = شكرًا لإخبارنا. ربما في الجولة القادمة.
pair-met-thanks-not-yet = سُجّل. ما زال بإمكانك الإجابة بنعم لاحقًا.
pair-peers-error-paused = { $name } متوقفة مؤقتًا: لا جولات أقران حتى تُستأنف.
pair-peers-error-too-few = تحتاج جولة الأقران إلى عضوين نشطين على الأقل (الأعضاء المتوقفون مؤقتًا لا يُحسبون).
pair-rounds-off = جولات الأقران متوقفة. الأمر /pair rounds every 2w يبدؤها؛ ويأتي سؤال "هل التقيتم؟" بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من كل جولة.
pair-rounds-on = جولات الأقران كل { $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع
    [two] أسبوعين
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}؛ القادمة في { $next }. ويأتي سؤال "هل التقيتم؟" بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من كل جولة.
pair-rounds-set = جولات الأقران كل { $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع
    [two] أسبوعين
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}؛ الأولى في { $next }. الأمر /pair peers يجري جولة الآن.
pair-rounds-turned-off = جولات الأقران متوقفة.
pair-rounds-follow-up-set = سيأتي سؤال "هل التقيتم؟" بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من كل جولة.
pair-rounds-error-usage = قل كم مرة: /pair rounds every 2w أو /pair rounds every 1w أو /pair rounds off.
pair-rounds-error-weeks = الجولات كل 1 إلى { $max ->
    [zero] { $max } أسبوع
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $max } أسابيع
    [many] { $max } أسبوعًا
   *[other] { $max } أسبوع
}، مثلًا /pair rounds every 2w.
pair-rounds-error-days = يأتي سؤال "هل التقيتم؟" بعد 1 إلى { $max ->
    [zero] { $max } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $max } أيام
    [many] { $max } يومًا
   *[other] { $max } يوم
} من الجولة، مثلًا /pair rounds follow-up 3d.
pair-stats-none = لا جولات أقران بعد: الأمر /pair peers يجري واحدة.
pair-stats-title = <b>جولات الأقران</b> ({ $count })
pair-stats-line = • الجولة { $number } ({ $date }): { $groups ->
    [zero] لا مجموعات
    [one] مجموعة واحدة
    [two] مجموعتان
    [few] { $groups } مجموعات
    [many] { $groups } مجموعةً
   *[other] { $groups } مجموعة
}، { $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}. التقوا: نعم { $yes }، لا { $no }، ليس بعد { $notYet }، بلا إجابة { $unanswered }
cmd-avoid-summary = ألا تُقرن أبدًا بشخص ما (في الخاص؛ ولا يُخبَر بذلك)
cmd-avoid-usage = /avoid [@user] [--remove] [--cohort "الاسم"]
avoid-title = <b>أشخاص لن أقرنك بهم أبدًا</b>
avoid-line = • { $cohort }: { $names }
avoid-none = أنت لا تتجنب أحدًا. أرسل /avoid @user هنا في الخاص ولن أقرنك به أبدًا؛ ولن يُخبَر بذلك.
avoid-added = تم: لن أقرنك أبدًا بـ { $who } (في { $cohorts }). ولن يُخبَر بذلك.
avoid-removed = يمكن أن يُقرن { $who } بك من جديد (في { $cohorts }).
avoid-error-self = لا يمكنك تجنب نفسك.
avoid-error-no-shared-cohort = لا تشترك مع { $who } في أي مجموعة.
error-bad-stage = «{ $value }» ليست مرحلة. اختر واحدة من: { $stages }.
field-preferences = التفضيلات
profile-stage = المرحلة: { $value }
profile-preferences = تفضيلات الاقتران (لا يراها غيرك): { $value }
mydata-matching = { "  " }المرحلة { $stage }؛ تفضيلات الاقتران { $preferences }؛ من تتجنبهم: { $avoid }
cmd-pair-settings-summary = اعرض أو غيّر طريقة اقتران المرشدين: الجسر بين اللغات ومهلة الرد
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = إعدادات الاقتران: ثنائيات بلا لغة مشتركة: { $bridging }؛ يرد المرشدون خلال { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}.
pair-settings-saved = تم الحفظ. ثنائيات بلا لغة مشتركة: { $bridging }؛ يرد المرشدون خلال { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}.
pair-error-answer-within = «{ $value }» ليست مهلة بين 12h و14d (مثل 48h أو 3d).
pair-decline-why = إن شئت، أخبرني بالسبب (ضغطة واحدة). لا يراه إلا المنسقون؛ ولن يُخبَر { $mentee } بمن اعتذر.
button-decline-no-time = لا وقت لدي الآن
button-decline-topics = ليست من مواضيعي
button-decline-other = سبب آخر
pair-decline-noted = شكرًا لك. لا يرى سببك إلا المنسقون؛ ولن يُخبَر { $mentee } بمن اعتذر.
pair-preview-declined = • اعتذر { $mentor } عن { $mentee } ({ $reason ->
    [no-time] لا وقت الآن
    [topics] ليست من مواضيعه
    [other] سبب آخر
   *[none] دون ذكر سبب
})
mydata-peer-groups = { $count ->
    [0] لم تشارك في جولات أقران.
    [one] جولة الأقران (واحدة):
    [two] جولتا الأقران (اثنتان):
    [few] جولات الأقران ({ $count }):
    [many] جولات الأقران ({ $count }):
   *[other] جولات الأقران ({ $count }):
}
mydata-peer-group = • { $cohort }، الجولة { $round }: مع { $others } (هل التقيتم: { $answer })

# الخصوصية: ما هو لعين شخص واحد، والأوامر الخاصة المكتوبة في مجموعة، واختيار الفوج (docs/privacy.md)
private-view-sent = { $person }، أرسلته إليك في محادثة خاصة.
private-view-link = { $person }، هذا لك وحدك وليس لهذه المجموعة: <a href="{ $link }">افتح محادثة خاصة معي</a> وسأرسله إليك هناك.
private-view-write-first = { $person }، هذا لك وحدك وليس لهذه المجموعة: راسلني في محادثة خاصة أولًا، ثم أرسل { $command } هناك.
private-refused = { $command } أمر خاص، لذا لا يعمل إلا في محادثة خاصة معي.
private-refused-deleted = حذفت رسالتك من المجموعة.
private-refused-dm = { $person }، راسلتك في محادثة خاصة: تابع هناك.
private-refused-link = <a href="{ $link }">تابع في محادثة خاصة معي</a>.
private-refused-write-first = راسلني في محادثة خاصة وأرسله هناك.
private-continue = حاولت استخدام { $command } في مجموعة. هنا يبقى الأمر بيننا: { $usage }
private-continue-here = هنا يبقى الأمر بيننا: { $usage }
start-link-expired = هذا الرابط لم يعد صالحًا. أرسل الأمر مرة أخرى هنا: فهو يعمل في المحادثة الخاصة أيضًا.
cohort-choice-ask = لأي فوج هذا الأمر { $command }؟
cohort-choice-none = لست في أي فوج يمكنك فيه استخدام { $command }.
cohort-choice-gone = لم يعد هذا الفوج من أفواجك (أو لم تعد منسّقًا فيه).
cohort-choice-name-it = أنت في أفواج كثيرة: سمِّ واحدًا، مثل { $command } --cohort "الاسم". أفواجك: { $cohorts }.
error-cohort-not-here = فوج هذه المجموعة هو { $name }، وليس «{ $value }».
profile-private-hint = تفضيلات الاقتران ونص «نبذة» خاصة بك: أرسل /profile إليّ في محادثة خاصة لتراها.
pair-ask-privacy = لا يرى إجابتك وأي سبب تذكره إلا المنسقون؛ ولن يُخبَر { $mentee } بمن اعتذر.
pair-ask-privacy-group = لا أحد هنا يرى الزر الذي تضغطه: المنسقون وحدهم يعرفون إجابتك.
pair-declined-toast-private = شكرًا لك. راسلتك في محادثة خاصة.
pair-declined-toast = شكرًا لك. المنسقون وحدهم يعرفون إجابتك.
pair-no-next-mentor-group = ما زال أحد أعضاء هذا الفوج ينتظر مرشدًا. أيها المنسقون: /pair mentors حين يتوفر متسع لدى أحد المرشدين.
mydata-mentorship-looking = • { $cohort }: أبحث لك عن مرشد

## Gatherings and the follow-up loop (src/features/gatherings)
cmd-gathering-summary = لقاءات هذه المجموعة: الإعلان والرد والتقرير
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [الرقم]
cmd-gathering-list-summary = اللقاءات القادمة
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = لقاء واحد مع الردود حتى الآن (أعداد)
cmd-gathering-show-usage = /gathering show الرقم
cmd-gathering-create-summary = الإعلان عن لقاء (الوقت بالمنطقة الزمنية للمجموعة، أو --timezone)
cmd-gathering-create-usage = /gathering create "العنوان" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone Area/City]
cmd-gathering-edit-summary = تعديل لقاء؛ الوقت الجديد ينقل كل التذكيرات
cmd-gathering-edit-usage = /gathering edit الرقم [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = إلغاء لقاء (يسأل أولًا؛ ويُبلَّغ كل من ردّ)
cmd-gathering-cancel-usage = /gathering cancel الرقم
cmd-gathering-report-summary = ردود لقاء وحضوره والتزاماته (تصلك في الخاص)
cmd-gathering-report-usage = /gathering report الرقم
cmd-gathering-mark-summary = تسجيل شخص حاضرًا أو غائبًا بعد البدء
cmd-gathering-mark-usage = /gathering mark الرقم @user present|absent
cmd-here-summary = أخبر أنك في اللقاء الجاري الآن
cmd-here-usage = /here [الرقم] [الرمز]
cmd-commit-summary = قل ماذا ستجرّب بعد لقاء (حتى 3؛ لا يقرؤها غيرك إلا إذا شاركتها)
cmd-commit-usage = /commit ما ستجرّبه [--visibility me|mentor|coordinators] [--gathering الرقم] [--by YYYY-MM-DD] [--cohort "الاسم"]
cmd-commitments-summary = التزاماتك وكيف تسير
cmd-commitments-usage = /commitments
field-gathering-title = العنوان
field-gathering-capacity = عدد الأماكن
field-gathering-number = رقم اللقاء
field-place = المكان
field-description = الوصف
field-commitment = الالتزام
button-gathering-going = سأحضر
button-gathering-maybe = ربما
button-gathering-no = لن أحضر
button-gathering-here = أنا هنا
button-gathering-cancel-confirm = نعم، ألغِه
button-commitment-done = تم
button-commitment-partly = جزئيًا
button-commitment-not-yet = ليس بعد
button-commitment-let-go = أتركه
gathering-card-title = <b>#{ $number } { $title }</b>
gathering-card-when = الموعد: { $when }
gathering-card-place = المكان: { $place }
gathering-card-online = عبر الإنترنت: { $url }
gathering-card-capacity = الأماكن: { $capacity }
gathering-card-description = { $description }
gathering-created = لقاء جديد:
gathering-edited = تم تعديل اللقاء:
gathering-rsvp-prompt = هل ستحضر؟ اختر ردًا واحدًا، ويمكنك تغييره لاحقًا.
gathering-dst-gap = هذا الوقت غير موجود في ليلة تقديم الساعة: اخترت أول وقت صالح بعده.
gathering-dst-ambiguous = هذا الوقت يتكرر مرتين في ليلة تأخير الساعة: اخترت المرة الأولى.
gathering-counts = سيحضر: { $going } · ربما: { $maybe } · لن يحضر: { $no } · قائمة الانتظار: { $waitlist } · حاضرون: { $present }
gathering-rsvp-going = ستحضر «{ $title }»: { $when }.
gathering-rsvp-maybe = ربما تحضر «{ $title }»: { $when }.
gathering-rsvp-no = تم التسجيل: لن تحضر «{ $title }».
gathering-rsvp-waitlist = «{ $title }» ممتلئ: أنت في قائمة الانتظار وسأكتب إليك إذا فرغ مكان.
gathering-promoted = فرغ مكان: أنت الآن من الحاضرين في «{ $title }»، { $when }.
gathering-list-title = اللقاءات القادمة:
gathering-list-line = #{ $number } { $title }: { $when }
gathering-list-none = لا توجد لقاءات قادمة. يعلن المنسقون عن لقاء بالأمر /gathering create.
gathering-is-cancelled = أُلغي هذا اللقاء.
gathering-cancel-confirm = هل تلغي «{ $title }»؟ { $count ->
    [0] لم يردّ أحد بعد.
    [one] سيُبلَّغ شخص واحد ردّ.
    [two] سيُبلَّغ شخصان ردّا.
    [few] سيُبلَّغ { $count } أشخاص ردّوا.
    [many] سيُبلَّغ { $count } شخصًا ردّوا.
   *[other] سيُبلَّغ { $count } شخص ردّوا.
}
gathering-cancelled = أُلغي اللقاء #{ $number } «{ $title }».
gathering-cancelled-dm = أُلغي «{ $title }» ({ $when }). نعتذر عن تغيير الخطط.
gathering-reminder = { $kind ->
    [week] بعد أسبوع:
    [day] غدًا:
   *[hour] بعد ساعة:
} { $answer ->
    [maybe] (قلت ربما)
   *[going] (قلت إنك ستحضر)
}
gathering-reminder-link = يبدأ «{ $title }» بعد 10 دقائق. انضم من هنا: { $url }
gathering-starts-now = #{ $number } «{ $title }» يبدأ الآن. هل أنت هنا؟ اضغط الزر (أو اكتب /here).
gathering-here-recorded = أهلًا بك! سُجّلت حاضرًا في «{ $title }».
gathering-marked-present = سُجّل { $name } حاضرًا في «{ $title }».
gathering-marked-absent = سُجّل { $name } غائبًا عن «{ $title }».
gathering-commit-ask = شكرًا لحضورك «{ $title }» ({ $cohort }). ماذا ستجرّب في الأسابيع القادمة؟ اكتب من شيء إلى ثلاثة أشياء، كلٌّ منها بالأمر /commit، مثلًا: <code>/commit تنظيم أول ماراثون تحرير</code>. لا يقرؤها غيرك إلا إذا أضفت --visibility mentor أو coordinators. سأسألك كيف تسير الأمور بعد أسبوع وشهر وثلاثة أشهر.
gathering-followup-week = بعد أسبوع من «{ $title }»: كيف يسير «{ $text }»؟
gathering-followup-later = بعد «{ $title }» أردت أن تجرّب: «{ $text }». هل فعلته؟
commitment-answer-done = أحسنت! «{ $text }» تم.
commitment-answer-partly = تم التسجيل: أُنجز جزئيًا. سأسألك مرة أخرى لاحقًا.
commitment-answer-not-yet = تم التسجيل: ليس بعد. سأسألك مرة أخرى؛ وإن كان شيء يعيقك فمرشدك أو أحد المنسقين يمكنه المساعدة.
commitment-answer-let-go = تم التسجيل: تركت «{ $text }». لن أسألك عنه مرة أخرى.
commit-saved = حُفظ لـ«{ $title }». { $visibility ->
    [mentor] يمكنك أنت ومرشدك قراءته.
    [coordinators] يمكنك أنت والمنسقون قراءته.
   *[me] لا يقرؤه أحد غيرك.
} { $left ->
    [0] صارت ثلاثة: سأسألك كيف تسير.
    [one] يمكنك إضافة واحد آخر.
    [two] يمكنك إضافة اثنين آخرين.
    [few] يمكنك إضافة { $left } أخرى.
    [many] يمكنك إضافة { $left } أخرى.
   *[other] يمكنك إضافة { $left } أخرى.
}
commit-error-no-gathering = لم أجد لقاءً حديثًا لك لأحفظ هذا فيه. حدّد لقاءً بـ--gathering الرقم.
commit-error-too-many = لديك بالفعل { $max ->
    [zero] { $max } التزام
    [one] التزام واحد
    [two] التزامان
    [few] { $max } التزامات
    [many] { $max } التزامًا
   *[other] { $max } التزام
} لهذا اللقاء: الأقل مع المتابعة ينجح أكثر.
commit-error-visibility = «{ $value }» ليست me ولا mentor ولا coordinators.
commitments-title = التزاماتك:
commitments-line = • { $cohort }، «{ $title }»: { $text } ({ $status })
commitments-none = ليس لديك التزامات بعد. بعد لقاء، استخدم /commit لتقول ماذا ستجرّب.
gathering-error-bad-date = لا أفهم «{ $value }» كتاريخ ووقت. اكتبه هكذا: 2027-03-14 10:00.
gathering-error-past = هذا الوقت مضى بالفعل.
gathering-error-too-far = هذا بعد أكثر من سنتين.
gathering-error-end-before-start = يجب أن تكون النهاية بعد البداية.
gathering-error-too-long = يمكن أن يستمر اللقاء 14 يومًا على الأكثر.
gathering-error-bad-link = «{ $value }» ليس رابط ويب: تُقبل روابط http:// و https:// فقط.
gathering-error-link-too-long = هذا الرابط طويل جدًا (الحد { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}).
gathering-error-unknown = لا يوجد لقاء #{ $number } في هذه المجموعة. الأمر /gathering list يعرضها.
gathering-error-unknown-button = هذا اللقاء لم يعد موجودًا.
gathering-error-cancelled = أُلغي هذا اللقاء.
gathering-error-finished = انتهى هذا اللقاء.
gathering-error-not-started = لم يبدأ هذا اللقاء بعد.
gathering-error-not-now = لا يوجد لقاء جارٍ الآن: «أنا هنا» صالح من قبل البدء بنصف ساعة حتى النهاية.
gathering-error-join-first = الرد لأعضاء هذه المجموعة فقط: استخدم /join أولًا.
gathering-error-nothing-to-change = لا شيء لتغييره: أعطِ خيارًا واحدًا على الأقل --flag.
gathering-summary-intro = كيف تسير المتابعة بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}:
gathering-report-title = <b>#{ $number } { $title }</b>
gathering-report-commitments = الالتزامات: { $count } من { $people ->
    [zero] { $people } شخص
    [one] شخص واحد
    [two] شخصين
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
} · تم { $done } · جزئيًا { $partly } · ليس بعد { $not-yet } · متروكة { $let-go } · مفتوحة { $open }
gathering-report-shared = ما شاركه أصحابه مع المنسّقين:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }، حاضر: { $present }
mydata-gatherings = { $count ->
    [0] لم تردّ على أي لقاء.
    [one] ردودك على اللقاءات (واحد):
    [two] ردودك على اللقاءات (اثنان):
    [few] ردودك على اللقاءات ({ $count }):
    [many] ردودك على اللقاءات ({ $count }):
   *[other] ردودك على اللقاءات ({ $count }):
}
mydata-gathering = • { $cohort }، «{ $title }»: { $answer }، حاضر: { $present }
mydata-commitments = { $count ->
    [0] لم تسجّل أي التزام.
    [one] التزاماتك (واحد):
    [two] التزاماتك (اثنان):
    [few] التزاماتك ({ $count }):
    [many] التزاماتك ({ $count }):
   *[other] التزاماتك ({ $count }):
}
mydata-commitment = • { $cohort } ({ $status }، { $visibility }): { $text }
report-gatherings-title = اللقاءات: الردود والحضور والالتزامات
report-gathering-line = #{ $number } { $title }: سيحضر { $going }، حضر { $present }؛ { $commitments ->
    [zero] لا التزامات
    [one] التزام واحد
    [two] التزامان
    [few] { $commitments } التزامات
    [many] { $commitments } التزامًا
   *[other] { $commitments } التزام
}: تم { $done }، جزئيًا { $partly }، مفتوحة { $open }
report-gathering-going = سيحضر
report-gathering-present = حاضرون
report-gathering-axis = اللقاء
report-gathering-count = أشخاص
gathering-rsvp-noted = تم التسجيل. أرسلت إليك التفاصيل في الخاص.
gathering-moved = لـ«{ $title }» موعد جديد: { $when }.
commitment-answer-not-yet-mentor = تم التسجيل: ليس بعد. هل يعيقك شيء؟ يمكن لمرشدك { $mentor } أن يساعدك: بضغطة واحدة أخبره بما أردت أن تجرّبه.
button-commitment-ask-mentor = اطلب المساعدة من مرشدي
commitment-help-to-mentor = { $mentee } ({ $cohort }) متعثر فيما أراد أن يجرّبه بعد لقاء: «{ $text }». هل يمكنك التواصل معه؟
commitment-help-sent = أخبرت { $mentor }. سيتواصل معك.
commitment-help-unreachable = لا أستطيع الكتابة إلى { $mentor } في الخاص الآن: تواصل معه مباشرة من فضلك.
cmd-hope-summary = قبل لقاء، أخبر المنظمين بما تأمل أن تتعلمه أو تحتاج المساعدة فيه
cmd-hope-usage = /hope ما تأمل أن تتعلمه [--gathering الرقم] [--cohort "الاسم"] (/hope - يمسحه)
field-intention = ما تأمله
gathering-reminder-hope = ما الذي تأمل أن تتعلمه أو تحتاج المساعدة فيه؟ أخبر المنظمين في الخاص بالأمر /hope …
hope-saved = شكرًا لك: سيقرؤه منظمو «{ $title }» (هم وأنت فقط).
hope-cleared = مُسح لـ«{ $title }».
hope-error-no-gathering = لم أجد لقاءً قادمًا رددت عليه. ردّ على لقاء أولًا، أو حدّده بـ--gathering الرقم.
hope-error-started = بدأ ذلك اللقاء بالفعل.
gathering-report-hopes = ما يأمل الناس أن يتعلموه:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope =   ما تأمل أن تتعلمه: { $text }
## Surveys (src/features/surveys)
cmd-survey-summary = الاستبيانات: القوالب والإنشاء والإرسال والنتائج والإغلاق (للمنسقين)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = الاستبيانات الجاهزة: بعد اللقاء، وبعد 30 يومًا، والتقييم الذاتي
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = أنشئ استبيانًا من قالب أو من تعريف قصير (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create العنوان + سؤال في كل سطر
cmd-survey-edit-summary = غيّر أسئلة استبيان (نسخة جديدة إذا أجاب أحد عليه)
cmd-survey-edit-usage = /survey edit ID + التعريف الجديد
cmd-survey-show-summary = معاينة أسئلة استبيان (أرسلها إليك في الخاص)
cmd-survey-show-usage = /survey show ID
cmd-survey-send-summary = أرسل استبيانًا إلى المجموعة، لكل شخص في الخاص
cmd-survey-send-usage = /survey send ID [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = نتائج استبيان: لا تظهر نتائج سؤال إلا إذا أجاب عنه على الأقل عدد أصغر مجموعة تُعرض في الدفعة (أرسلها إليك في الخاص)
cmd-survey-results-usage = /survey results ID [--group]
cmd-survey-close-summary = أغلق استبيانًا: لا إجابات بعد الآن
cmd-survey-close-usage = /survey close ID
cmd-survey-list-summary = استبيانات المجموعة
cmd-survey-list-usage = /survey list
cmd-surveys-summary = استبياناتك المفتوحة، للإجابة أو لتغيير إجاباتك (في الخاص)
cmd-surveys-usage = /surveys
button-survey-skip = تخطَّ
button-survey-done = تم
button-survey-yes = نعم
button-survey-no = لا
button-survey-answer = أجب عن «{ $title }»
button-survey-change = غيّر إجاباتي عن «{ $title }»
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (مجهول الهوية: لا أحد، ولا حتى المنسقون، يستطيع معرفة أي الإجابات لك)
   *[no] (يرى المنسقون إجاباتك؛ ولا تُعرض النتائج إلا كمجاميع لـ{ $k ->
        [zero] { $k } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $k } أشخاص
        [many] { $k } شخصًا
       *[other] { $k } شخص
    } أو أكثر)
}
survey-dm-question = السؤال { $n } من { $total }:
survey-dm-text-hint = أجب بنص قصير.
survey-dm-text-hint-optional = أجب بنص قصير، أو اكتب «skip» للتخطي.
survey-dm-multi-hint = اختر كل ما ينطبق، ثم اضغط «تم».
survey-dm-scale-hint = من { $min } إلى { $max }.
survey-answer-saved = تم الحفظ.
survey-thanks = شكرًا على إجاباتك!
survey-done-anonymous = حُفظت إجاباتك دون اسمك. لم يعد بالإمكان تغييرها.
survey-done-named = يمكنك تغيير إجاباتك حتى الموعد النهائي عبر /surveys.
survey-changing = تبقى إجاباتك السابقة محفوظة إلى أن تستبدلها.
survey-already-answered = لقد أجبت عن هذا الاستبيان من قبل.
survey-invite-group = استبيان قصير، «{ $title }». إن لم أراسلك بشأنه في الخاص، افتح { $link } لتجيب هناك.
survey-invite-group-nolink = استبيان قصير، «{ $title }». إن لم أراسلك بشأنه في الخاص، راسلني هناك وأرسل /surveys.
survey-reminder = تذكير: يُغلق «{ $title }» بعد نحو { $left ->
    [zero] { $left } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $left } ساعات
    [many] { $left } ساعة
   *[other] { $left } ساعة
}. أرسل /surveys لتجيب أو تكمل.
survey-error-definition = تعريف الاستبيان هذا غير صالح (عند { $where }). راجع الصيغة في docs/surveys.md.
survey-error-json = لا أستطيع قراءة JSON هذا.
survey-error-line = السطر { $n } ليس سؤالًا. اكتب «النوع: السؤال»، مثل «scale5: ما مدى الفائدة؟».
survey-error-type = السطر { $n }: «{ $type }» ليس نوع سؤال. استخدم single أو multi أو scale5 أو scale10 أو yesno أو text.
survey-error-too-long = هذا التعريف طويل جدًا (الحد الأقصى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}).
survey-error-too-many = للاستبيان { $max ->
    [zero] { $max } سؤال
    [one] سؤال واحد
    [two] سؤالان
    [few] { $max } أسئلة
    [many] { $max } سؤالًا
   *[other] { $max } سؤال
} على الأكثر.
survey-error-no-template = لا يوجد قالب باسم «{ $name }». القوالب: { $templates }.
survey-error-no-themes = يسأل التقييم الذاتي عن مواضيع المجموعة، وليس لهذه المجموعة مواضيع. أضفها عبر /cohort edit --themes "…".
survey-error-not-found = لا يوجد استبيان { $id } في هذه المجموعة. راجع /survey list.
survey-error-not-member = لست عضوًا في مجموعة هذا الاستبيان.
survey-error-closed = هذا الاستبيان مغلق.
survey-error-unknown = هذا الاستبيان لم يعد موجودًا.
survey-error-remind = «{ $value }» ليست مدة مثل 1d أو 12h.
survey-error-range = أجب برقم من { $min } إلى { $max } من فضلك.
survey-error-required = هذا السؤال يحتاج إلى إجابة.
survey-error-use-buttons = أجب بأزرار السؤال من فضلك.
survey-error-answer-too-long = هذه الإجابة طويلة جدًا (الحد الأقصى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}).
survey-created = الاستبيان { $number } جاهز: «{ $title }»، { $questions ->
    [zero] { $questions } سؤال
    [one] سؤال واحد
    [two] سؤالان
    [few] { $questions } أسئلة
    [many] { $questions } سؤالًا
   *[other] { $questions } سؤال
}، { $anonymous ->
    [yes] مجهول الهوية
   *[no] بالأسماء
}. راجعه عبر /survey show { $number } وأرسله عبر /survey send { $number }.
survey-edited = للاستبيان { $number } الآن النسخة { $version }. تبقى الإجابات السابقة مع النسخة التي أُجيب عنها.
survey-sent = أُرسل الاستبيان { $number }: { $dm } في الخاص، و{ $group } عبر رابط هنا. الموعد النهائي: { $deadline }.
survey-closed = أُغلق الاستبيان { $number }. راجع /survey results { $number }.
survey-list-title = <b>الاستبيانات</b>
survey-list-none = لا توجد استبيانات بعد. ابدأ بـ /survey templates.
survey-list-line = { $number }. { $title } ({ $status }، { $anonymous ->
    [yes] مجهول الهوية
   *[no] بالأسماء
})
survey-show-title = <b>الاستبيان { $number }: { $title }</b> ({ $status }، { $anonymous ->
    [yes] مجهول الهوية
   *[no] بالأسماء
})
survey-show-if = فقط إذا كان { $question } = { $equals }
survey-show-optional = (اختياري)
survey-show-deadline = الموعد النهائي: { $at }
survey-templates-title = <b>قوالب الاستبيانات</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = أنشئ واحدًا عبر /survey create الاسم [--anonymous].
survey-results-title = <b>نتائج الاستبيان { $number }: { $title }</b> ({ $status })
survey-results-none = لا إجابات بعد.
survey-results-version = <b>النسخة { $n }</b>
survey-results-people = { $n ->
    [zero] لم يُجب أحد.
    [one] أجاب شخص واحد.
    [two] أجاب شخصان.
    [few] أجاب { $n } أشخاص.
    [many] أجاب { $n } شخصًا.
   *[other] أجاب { $n } شخص.
}
survey-results-answered = { $n ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $n } إجابات
    [many] { $n } إجابة
   *[other] { $n } إجابة
}
survey-results-option = { $option }: { $n } ({ $pct }٪)
survey-results-scale = المتوسط { $mean }، الوسيط { $median } (من { $max })
survey-results-texts-hidden = الإجابات المكتوبة لا يراها إلا المنسقون.
survey-change-title = <b>قبل وبعد</b> (الاستبيان { $before } ← الاستبيان { $after })
survey-change-paired = { $question }: { $change } في المتوسط، لـ{ $n ->
    [zero] { $n } شخص أجابوا عن الاثنين
    [one] شخص واحد أجاب عن الاثنين
    [two] شخصين أجابا عن الاثنين
    [few] { $n } أشخاص أجابوا عن الاثنين
    [many] { $n } شخصًا أجابوا عن الاثنين
   *[other] { $n } شخص أجابوا عن الاثنين
}
survey-change-means = { $question }: { $before } ← { $after } ({ $change })
surveys-title = <b>استبياناتك المفتوحة</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] أُجيب عنه
    [started] بدأته
   *[new] لم تبدأ بعد
}، حتى { $deadline })
surveys-none = ليست لديك استبيانات مفتوحة.
survey-mydata-named = • إجاباتك عن الاستبيان «{ $title }»:
survey-mydata-skipped = (تم التخطي)
survey-mydata-anonymous = • الإجابات التي قدمتها في استبيانات مجهولة الهوية محفوظة دون اسمك أو أي معرّف: لا أستطيع معرفة أيها لك، لذلك لا أستطيع عرضها ولا حذفها.
survey-report-title = الاستبيانات
survey-report-line = { $title }: { $people ->
    [zero] لم يُجب أحد
    [one] أجاب شخص واحد
    [two] أجاب شخصان
    [few] أجاب { $people } أشخاص
    [many] أجاب { $people } شخصًا
   *[other] أجاب { $people } شخص
}
survey-tpl-feedback-title = بعد اللقاء
survey-tpl-feedback-about = آراء مباشرة بعد اللقاء (5 أسئلة)
survey-tpl-feedback-intro = بعض الأسئلة عن اللقاء، ليكون اللقاء القادم أفضل.
survey-tpl-feedback-useful = بشكل عام، ما مدى فائدة اللقاء لك؟
survey-tpl-feedback-best = ما الذي ساعدك أكثر؟
survey-tpl-feedback-best-sessions = الجلسات
survey-tpl-feedback-best-people = التعرف على الناس
survey-tpl-feedback-best-practice = التطبيق العملي
survey-tpl-feedback-best-materials = المواد
survey-tpl-feedback-again = هل ستحضر لقاءً كهذا مرة أخرى؟
survey-tpl-feedback-why-not = لماذا لا؟
survey-tpl-feedback-change = ما الذي ينبغي أن نغيّره في المرة القادمة؟
survey-tpl-followup-title = بعد 30 يومًا
survey-tpl-followup-about = بعد شهر: ماذا استخدم الناس، وما الذي أعاقهم (5 أسئلة)
survey-tpl-followup-intro = مرّ شهر. ماذا استخدمت مما تعلمته؟
survey-tpl-followup-used = ماذا استخدمت منذ ذلك الحين؟
survey-tpl-followup-used-skills = مهارات تعلمتها
survey-tpl-followup-used-tools = أدوات اكتشفتها
survey-tpl-followup-used-contacts = أشخاص تعرفت عليهم
survey-tpl-followup-used-nothing = لا شيء بعد
survey-tpl-followup-blocked = هل أعاقك شيء؟
survey-tpl-followup-what-blocked = ما الذي أعاقك؟
survey-tpl-followup-recommend = ما مدى احتمال أن توصي بهذه المجموعة لصديق؟
survey-tpl-followup-else = هل هناك شيء آخر تود إخبارنا به؟
survey-tpl-self-assessment-title = التقييم الذاتي
survey-tpl-self-assessment-about = الثقة من 1 إلى 5 في كل موضوع من مواضيع المجموعة؛ استخدمه قبل وبعد
survey-tpl-self-assessment-intro = ما مدى ثقتك بنفسك؟ 1 تعني إطلاقًا، و5 تعني كثيرًا.
survey-tpl-self-question = ما مدى ثقتك في:
field-timezone = المنطقة الزمنية
field-capacity = سعة الإرشاد
field-wants-mentor = «يريد مرشدًا»
field-stage = المرحلة
stage-name = { $stage ->
    [newcomer] وافد جديد
    [contributor] مساهم
    [organizer] منظّم
   *[experienced] صاحب خبرة
}
visibility-name = { $visibility ->
    [me] أنت فقط
    [mentor] مرشدك
    [coordinators] المنسّقون
   *[cohort] الفوج
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = تخطي, تخطى, تخطّ, تجاوز
keyword-weekly = أسبوعيا, أسبوعي, أسبوعيًا
keyword-every = كل
keyword-weeks = أسابيع, أسبوع, أسبوعين
keyword-monthly = شهريا, شهري, شهريًا
keyword-first = أول, الأول, الأولى
keyword-second = ثاني, الثاني, الثانية
keyword-third = ثالث, الثالث, الثالثة
keyword-fourth = رابع, الرابع, الرابعة
keyword-last = آخر, الأخير, الأخيرة
keyword-ignore = {""}
## التقارير والتصدير (src/features/reports وجزء التقرير في كل ميزة)
cmd-report-summary = رسوم بيانية عن حياة الفوج تصلك على انفراد؛ "group": ملخص للجميع
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = الأرقام التي وراء /report في ملفات: CSV لجداول البيانات، أو JSON، أو صفحة لميتا ويكي
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = لا شيء يُعرض بعد عن { $cohort } منذ { $since }.
report-header = <b>{ $cohort }</b>: تقرير من { $since } إلى { $until }
report-group-header = <b>كيف حال { $cohort }</b> (منذ { $since })
report-no-images = لا تعرض هذه المحادثة الصور، فإليك الأرقام وحدها.
report-group-posted = نشرتُ الملخص في مجموعة { $cohort }.
report-error-since = يحتاج "--since" إلى تاريخ مثل 2027-01-01؛ و"{ $value }" ليس كذلك.
report-error-since-future = "--since { $value }" تاريخ في المستقبل: لا شيء يُبلَّغ عنه بعد.
report-error-what = يقبل "--what" واحدًا أو أكثر من: { $allowed }. و"{ $value }" ليس منها.
report-error-word = لا أعرف "{ $word }" هنا. جرّب /report أو /report group أو /help report.
report-error-no-group = لم أعد أستطيع الوصول إلى مجموعة هذا الفوج، فلا يمكنني النشر فيها.
export-error-format = أستطيع التصدير بصيغة { $allowed }؛ و"{ $value }" ليست منها.
export-sent = { $count ->
    [zero] إليك تصدير { $format }: لا ملفات.
    [one] إليك تصدير { $format }: ملف واحد.
    [two] إليك تصدير { $format }: ملفان.
    [few] إليك تصدير { $format }: { $count } ملفات.
    [many] إليك تصدير { $format }: { $count } ملفًا.
   *[other] إليك تصدير { $format }: { $count } ملف.
}
export-inline = لا تستقبل هذه المحادثة الملفات، فإليك نص كل ملف لتنسخه.
report-few = أقل من 5
report-members-title = الأعضاء عبر الزمن
report-series-joined = انضموا
report-series-left = غادروا
report-series-members = في الفوج
report-members-now = الآن: { $active } نشطون، { $paused } في استراحة، { $left } غادروا.
report-members-period = منذ { $since }: انضم { $joined }، وغادر { $left }.
report-axis-month = الشهر
report-axis-week = الأسبوع
report-axis-people = الأشخاص
report-col-status = الحالة
report-col-people = الأشخاص
report-col-answered = أجابوا
report-col-expected = سُئلوا
report-col-date = التاريخ
report-checkins-title = المتابعات: من أجاب
report-axis-checkin = المتابعة
report-axis-rate = أجابوا (%)
report-checkins-total = { $count ->
    [zero] لا متابعات
    [one] متابعة واحدة
    [two] متابعتان
    [few] { $count } متابعات
    [many] { $count } متابعة
   *[other] { $count } متابعة
}: { $answered ->
    [zero] { $answered } إجابة
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $answered } إجابات
    [many] { $answered } إجابة
   *[other] { $answered } إجابة
} من { $expected } سؤالًا ({ $rate }%).
report-checkins-line = { $date }: أجاب { $answered } من { $expected } ({ $rate }%)
report-checkins-hidden = { $date }: سُئل أقل من { $k ->
    [zero] { $k } شخص
    [one] شخص واحد
    [two] شخصين
    [few] { $k } أشخاص
    [many] { $k } شخصًا
   *[other] { $k } شخص
}، فلا يُعرض
report-checkins-count = { $count ->
    [zero] لم تجرِ أي متابعة.
    [one] جرت متابعة واحدة.
    [two] جرت متابعتان.
    [few] جرت { $count } متابعات.
    [many] جرت { $count } متابعة.
   *[other] جرت { $count } متابعة.
}
report-mentorships-title = الإرشاد
report-axis-mentorships = طلبات الإرشاد
report-mentorship-status = { $status ->
    [all] طُلبت
    [accepted] قُبلت
    [active] ما زالت قائمة
    [declined] اعتُذر عنها
    [timed_out] بلا رد
   *[asked] بانتظار الرد
}
report-mentorships-line = طُلب { $asked }: قُبل { $accepted } (ما زال { $active } منها قائمًا)، واعتُذر عن { $declined }، وبقي { $timedOut } بلا رد، و{ $waiting } بانتظار الرد.
report-mentorships-group = { $active ->
    [zero] لا توجد علاقات إرشاد قائمة.
    [one] هناك علاقة إرشاد واحدة قائمة.
    [two] هناك علاقتا إرشاد قائمتان.
    [few] هناك { $active } علاقات إرشاد قائمة.
    [many] هناك { $active } علاقة إرشاد قائمة.
   *[other] هناك { $active } علاقة إرشاد قائمة.
}
report-peers-title = جولات الأقران: هل التقيتم؟
report-axis-round = الجولة
report-peer-answer = { $answer ->
    [yes] التقوا
    [not-yet] ليس بعد
    [no] لم يلتقوا
   *[none] بلا رد
}
report-peers-line = الجولة { $number } ({ $date }): التقى { $yes } من { $people } ({ $rate }%)، و{ $notYet } ليس بعد، و{ $no } لم يلتقوا، و{ $silent } لم يردّوا.
report-peers-hidden = الجولة { $number } ({ $date }): أقل من { $k ->
    [zero] { $k } شخص
    [one] شخص واحد
    [two] شخصين
    [few] { $k } أشخاص
    [many] { $k } شخصًا
   *[other] { $k } شخص
}، فلا يُعرض
# Issue 12 (wave2-edges): /help start, quotes inside quoted text
cmd-start-summary = بدء المحادثة معي في الخاص (رابط الانضمام أو الإجابة يفتحها لك)
error-quote-inside = علامة { $quote } داخل نص بين علامتي اقتباس تُنهيه قبل أوانه. اكتبها هكذا \{ $quote } أو استخدم علامات اقتباس أخرى (“…” أو «…») حول النص.
keyword-duration-minutes = دقيقة, دقائق, دقيقتين, دقيقتان
keyword-duration-hours = ساعة, ساعات, ساعتين, ساعتان
keyword-duration-days = يوم, أيام, يومين, يومان
keyword-duration-weeks = أسبوع, أسابيع, أسبوعين, أسبوعان

## w4-checkins
checkin-next-after-skip = { $next } (مع تخطي { $skipped })
checkin-error-duplicate = للجدول #{ $id } هذا الإيقاع نفسه بالفعل: جدول ثانٍ سينشر كل متابعة وكل ملخص مرتين. اختر وقتًا آخر، أو راجع /checkin list.
checkin-error-already-open = متابعة الجدول #{ $id } مفتوحة بالفعل حتى { $closes }: الإجابات تذهب إليها.
checkin-stats-open = مفتوحة الآن: الجدول #{ $id }، أجاب { $answered } من { $total } حتى الآن؛ تُغلق { $closes }.
cohort-error-create-right = لا يستطيع إنشاء فوج هنا إلا أحد مشرفي هذه المحادثة (أو منسق فوجها).
cohort-timezone-not-given = { $source ->
    [yours] المنطقة الزمنية: { $timezone } (منطقتك؛ لم تُحدَّد منطقة).
   *[default] المنطقة الزمنية: { $timezone } (الافتراضية؛ لم تُحدَّد منطقة).
} تتبعها المتابعات. غيّرها بالأمر /cohort edit --timezone Area/City.
checkin-digest-coordinators-kept = الإجابات المشتركة محفوظة للمنسقين: يقرؤونها في محادثة خاصة بالأمر /checkin digest.
checkin-digest-coordinators-start = { $names }: لا أستطيع مراسلتكم في الخاص بعد، لذا ينتظركم الملخص. افتحوا محادثة خاصة معي وأرسلوا /checkin digest.
cmd-checkin-digest-summary = آخر متابعة كما يقرؤها المنسقون: من شارك والإجابات المشتركة (تصلك في محادثة خاصة)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = تم تحديث إجابتك عن السؤال { $n }.
timezone-cleared = أُزيلت منطقتك الزمنية؛ تظهر الأوقات بتوقيت { $timezone } (الوقت الآن: { $now }).
## w4-network
cmd-network-summary = شبكات الأفواج: ربط الأفواج ومشاركة الدروس ومقارنتها جنبًا إلى جنب
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = الشبكات التي ينتمي إليها هذا الفوج
cmd-network-list-usage = /network list
cmd-network-create-summary = ابدأ شبكة بهذا الفوج؛ وتكون أنت منسقها
cmd-network-create-usage = /network create "الاسم"
cmd-network-invite-summary = رمز لمرة واحدة لفوج إضافي (يصلك في محادثة خاصة)
cmd-network-invite-usage = /network invite ["الشبكة"]
cmd-network-join-summary = ينضم هذا الفوج إلى شبكة برمز (منسقوه فقط)
cmd-network-join-usage = /network join الرمز
cmd-network-leave-summary = يغادر هذا الفوج شبكة
cmd-network-leave-usage = /network leave ["الشبكة"]
cmd-network-hub-summary = اجعل هذه المحادثة ملتقى الشبكة حيث يصل ملخصها
cmd-network-hub-usage = /network hub ["الشبكة"]
cmd-network-settings-summary = هل تنتظر مشاركات هذا الفوج موافقة أحد المنسقين
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["الشبكة"]
cmd-network-report-summary = أفواج الشبكة جنبًا إلى جنب (في محادثة خاصة)
cmd-network-report-usage = /network report ["الشبكة"]
cmd-share-summary = اعرض أحد تأملاتك أو إجاباتك على المتابعات أو التزاماتك على شبكات فوجك
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = اختر ما تشاركه
cmd-share-list-usage = /share
cmd-share-withdraw-summary = استرجع عنصرًا قبل إرساله
cmd-share-withdraw-usage = /share withdraw
field-network-name = اسم الشبكة
network-created = أُنشئت الشبكة «{ $name }» مع { $cohort }. أنت منسقها. ادعُ فوجًا آخر بالأمر <code>/network invite</code>.
network-invite-code = رمز لمرة واحدة للشبكة «{ $name }»: <code>{ $code }</code>. صالح حتى { $until } لفوج واحد. يكتب منسق ذلك الفوج <code>/network join { $code }</code> في مجموعة الفوج.
network-joined = انضم { $cohort } إلى «{ $name }». عدد الأفواج في الشبكة الآن: { $count }.
network-left = غادر { $cohort } الشبكة «{ $name }». لن تُرسل عناصر هذا الفوج التي لم تُرسل بعد.
network-list-none = لا ينتمي { $cohort } إلى أي شبكة. يمكن للمنسق أن يبدأ واحدة بالأمر <code>/network create "الاسم"</code> أو ينضم إلى واحدة برمز.
network-list-title = شبكات { $cohort }:
network-list-line = • «{ $name }»: { $cohorts }؛ الموافقة { $approval ->
    [on] مفعّلة
   *[off] غير مفعّلة
}؛ الملتقى { $hub ->
    [yes] مربوط
   *[no] غير مربوط
}
network-approval-set = مشاركات { $cohort } إلى «{ $name }» { $approval ->
    [on] تنتظر الآن موافقة أحد المنسقين.
   *[off] تُرسل الآن دون موافقة.
}
network-error-none = لا ينتمي هذا الفوج إلى أي شبكة.
network-error-which = حدّد الشبكة: { $names }.
network-error-unknown-name = لا توجد هنا شبكة اسمها «{ $name }». الشبكات: { $names }.
network-error-not-network-coordinator = لا يفعل هذا إلا منسقو الشبكة، وأنت لا تنسق أي شبكة.
network-error-too-many = يمكن للفوج أن ينتمي إلى { $max ->
    [zero] { $max } شبكة
    [one] شبكة واحدة
    [two] شبكتين
    [few] { $max } شبكات
    [many] { $max } شبكةً
   *[other] { $max } شبكة
} على الأكثر.
network-error-code-unknown = هذا الرمز غير معروف. اطلب رمزًا جديدًا من منسق الشبكة.
network-error-code-used = استُخدم هذا الرمز من قبل. كل رمز يُدخل فوجًا واحدًا؛ اطلب رمزًا جديدًا.
network-error-code-expired = انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا من منسق الشبكة.
network-error-already-in = { $cohort } في «{ $name }» بالفعل. لم يُستخدم الرمز.
network-error-approval-value = اكتب <code>--approval on</code> أو <code>--approval off</code>.
network-hub-attached = صارت هذه المحادثة ملتقى الشبكة «{ $name }»: سيصل إليها كل أسبوع ملخص الدروس التي شاركها أعضاء الشبكة.
network-hub-error-cannot-post = لا أستطيع النشر في تلك المحادثة، لذا لم تصبح ملتقى «{ $name }». اسمح لي بالنشر هناك ثم حاول مجددًا.
network-digest-title = من الشبكة «{ $name }»: ما اختار أعضاؤها مشاركته ({ $count })
network-digest-language = <b>بلغة: { $language }</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }، { $author })
network-share-title = ما الذي تريد عرضه على شبكات فوجك؟ لا يُرسل شيء إلا إذا اخترته.
network-share-item = { $n }. { $kind ->
    [reflection] تأمل
    [checkin] إجابة متابعة
   *[commitment] التزام
} ({ $cohort }): { $text }
network-share-button = شارك { $n }
network-share-outcome = { $text } — { $status ->
    [done] أُنجز
    [partly] أُنجز جزئيًا
    [not-yet] ليس بعد
   *[let-go] تخليت عنه
}
network-share-confirm = تعرض هذا على { $networks }:
    { $text }
    هل يظهر اسمك في الملخص؟
network-share-with-name = شارك باسمي
network-share-without-name = شارك دون اسمي
network-share-cancel = إلغاء
network-share-cancelled = لم يُشارك شيء.
network-share-done = شُورك مع { $networks }. سيُرسل في الملخص القادم؛ والأمر <code>/share withdraw</code> يسترجعه حتى ذلك الحين.
network-share-pending = عُرض على { $networks }. يوافق عليه منسق فوجك أولًا؛ والأمر <code>/share withdraw</code> يسترجعه.
network-share-error-no-network = لا ينتمي أي من أفواجك إلى شبكة، فلا أحد تشارك معه.
network-share-error-nothing = ليس لديك بعد تأملات أو إجابات متابعة أو نتائج التزامات لمشاركتها.
network-share-error-gone = لم يعد هذا العنصر لك لتشاركه (أو لم يعد موجودًا).
network-share-error-already = سبق أن عرضت هذا العنصر على هذه الشبكات.
network-approve-ask = يريد أحد أعضاء { $cohort } مشاركة هذا مع الشبكة «{ $network }»:
    { $text }
network-approve-yes = موافقة
network-approve-no = رفض
network-approve-done = تمت الموافقة: سيُرسل في الملخص القادم.
network-decline-done = رُفض: لن يُرسل.
network-approve-already = قرر منسق آخر بالفعل، أو استرجعه كاتبه.
network-approve-not-coordinator = لا يقرر إلا منسق ذلك الفوج.
network-withdraw-item = { $n }. { $text }
network-withdraw-button = استرجع { $n }
network-report-title = «{ $name }»، آخر 30 يومًا (الأفواج: { $count })
network-report-line = • { $cohort }: { $members ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $members } أعضاء
    [many] { $members } عضوًا
   *[other] { $members } عضو
}، أجاب عن متابعة { $active }، { $checkins ->
    [yes] نسبة الإجابة { $rate }%
   *[no] لا متابعات
}
network-report-line-small = • { $cohort }: أقل من 5 أعضاء، لا يُعرض
network-report-error-one = في «{ $name }» فوج واحد: لا شيء للمقارنة بعد. ادعُ فوجًا آخر بالأمر <code>/network invite</code>.
mydata-network-shares = ما شاركته مع الشبكات ({ $count }):
mydata-network-share = • «{ $network }» ({ $status ->
    [pending] بانتظار الموافقة
    [approved] بانتظار الملخص
    [declined] مرفوض
    [withdrawn] مسترجع
   *[sent] أُرسل
}، { $named ->
    [yes] باسمك
   *[no] دون اسمك
}): { $text }
mydata-network-coordinator = أنت منسق الشبكات { $names }.
cmd-network-announce-summary = أعلن رسالة في مجموعة كل فوج في الشبكة
cmd-network-announce-usage = /network announce النص [--network "الشبكة"]
field-announcement = الإعلان
network-error-announcements-value = اكتب <code>--announcements on</code> أو <code>--announcements off</code>.
network-announcements-set = إعلانات الشبكة { $announcements ->
    [on] تصل الآن إلى { $cohort }.
   *[off] لم تعد تصل إلى { $cohort }.
} («{ $name }»)
network-announcement = <b>من الشبكة «{ $name }»</b>
    { $text }
network-announce-sent = وُضع إعلان «{ $name }» في قائمة الإرسال لمجموعات الأفواج: { $sent }؛ دون إرسال (رفضت أو تعذر الوصول): { $skipped }.
## w4-surveys
survey-k-too-few = أقل من { $k ->
    [zero] { $k } إجابة
    [one] إجابة واحدة
    [two] إجابتين
    [few] { $k } إجابات
    [many] { $k } إجابة
   *[other] { $k } إجابة
}: لا تُعرض.
survey-k-too-few-people =
    { $k ->
        [zero] أجاب أقل من { $k } شخص: لا يُعرض شيء، حتى لا يمكن تمييز أحد.
        [one] أجاب أقل من شخص واحد: لا يُعرض شيء، حتى لا يمكن تمييز أحد.
        [two] أجاب أقل من شخصين: لا يُعرض شيء، حتى لا يمكن تمييز أحد.
        [few] أجاب أقل من { $k } أشخاص: لا يُعرض شيء، حتى لا يمكن تمييز أحد.
        [many] أجاب أقل من { $k } شخصًا: لا يُعرض شيء، حتى لا يمكن تمييز أحد.
       *[other] أجاب أقل من { $k } شخص: لا يُعرض شيء، حتى لا يمكن تمييز أحد.
    }
survey-k-change-too-few = { $question }: أقل من { $k ->
    [zero] { $k } إجابة
    [one] إجابة واحدة
    [two] إجابتين
    [few] { $k } إجابات
    [many] { $k } إجابة
   *[other] { $k } إجابة
}، لا تُعرض
survey-k-few = أقل من { $k }
survey-error-audience-to = لا يمكنني الإرسال إلى «{ $value }». استخدم --to cohort أو --to gathering:الرقم أو --to role:mentor (أو role:member، role:coordinator).
survey-error-no-gathering = لا يوجد لقاء رقم { $id } في هذه الدفعة.
survey-error-nobody = لا يطابق «{ $value }» أي عضو نشط: لم يُرسل شيء.
survey-chart-before = قبل
survey-chart-after = بعد
survey-chart-change-title = التقييم الذاتي، قبل وبعد
survey-chart-means-title = مقاييس الاستبيانات: متوسط الإجابة
survey-chart-theme = الموضوع
survey-chart-question = السؤال
survey-chart-mean = المتوسط
survey-error-format = «{ $value }» ليس صيغة: استخدم --format json أو --format text.
survey-error-export-text = في هذا الاستبيان نصوص بعدة لغات أو نص افتتاحي: لا يمكن تصديره إلا بصيغة JSON.
survey-exported = الاستبيان { $number }، لِلصقه في /survey import:
survey-exported-file = الاستبيان { $number } في الملف أعلاه؛ الصق محتواه في /survey import.
button-survey-delete = حذف
survey-delete-confirm =
    { $answers ->
        [zero] حذف الاستبيان { $number } «{ $title }» مع إجاباته ({ $answers })؟ لا يمكن التراجع عن ذلك.
        [one] حذف الاستبيان { $number } «{ $title }» مع إجاباته ({ $answers })؟ لا يمكن التراجع عن ذلك.
        [two] حذف الاستبيان { $number } «{ $title }» مع إجاباته ({ $answers })؟ لا يمكن التراجع عن ذلك.
        [few] حذف الاستبيان { $number } «{ $title }» مع إجاباته ({ $answers })؟ لا يمكن التراجع عن ذلك.
        [many] حذف الاستبيان { $number } «{ $title }» مع إجاباته ({ $answers })؟ لا يمكن التراجع عن ذلك.
       *[other] حذف الاستبيان { $number } «{ $title }» مع إجاباته ({ $answers })؟ لا يمكن التراجع عن ذلك.
    }
survey-delete-cancelled = لم يُحذف شيء.
survey-deleted = حُذف الاستبيان { $number } «{ $title }» وإجاباته.
survey-error-summary-too-few =
    { $k ->
        [zero] أجاب أقل من { $k } شخص: لم يُنشر شيء في المجموعة.
        [one] أجاب أقل من شخص واحد: لم يُنشر شيء في المجموعة.
        [two] أجاب أقل من شخصين: لم يُنشر شيء في المجموعة.
        [few] أجاب أقل من { $k } أشخاص: لم يُنشر شيء في المجموعة.
        [many] أجاب أقل من { $k } شخصًا: لم يُنشر شيء في المجموعة.
       *[other] أجاب أقل من { $k } شخص: لم يُنشر شيء في المجموعة.
    }
survey-summary-title = <b>نتائج الاستبيان: { $title }</b> ({ $n ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $n } إجابات
    [many] { $n } إجابة
   *[other] { $n } إجابة
})
survey-summary-posted = نُشر ملخص الاستبيان { $number } في المجموعة (بلا إجابات مكتوبة، فقط نتائج عدد كافٍ من الأشخاص).
survey-poll-anonymous-note = مجهول الهوية: يَعُدّ البوت الإجابة دون أن يحفظ من أعطاها. إجابة واحدة لكل شخص.
survey-poll-counted = احتُسبت، دون ذكر الهوية.
survey-new-title-ask = استبيان جديد. ما عنوانه؟ (رُدّ، حتى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}؛ «cancel» للإيقاف)
survey-new-menu = <b>{ $title }</b>: { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}، { $anonymous ->
    [yes] مجهول الهوية
   *[no] بالأسماء
}. ما التالي؟
button-survey-new-add = إضافة سؤال
button-survey-new-anonymous = اجعله مجهول الهوية
button-survey-new-named = اجعله بالأسماء
button-survey-new-preview = معاينة
button-survey-new-save = حفظ
survey-new-type-ask = ما نوع السؤال؟
button-survey-type-single = خيار واحد
button-survey-type-multi = عدة خيارات
button-survey-type-scale5 = مقياس 1–5
button-survey-type-scale10 = مقياس 0–10
button-survey-type-yesno = نعم / لا
button-survey-type-text = إجابة مكتوبة
survey-new-text-ask = السؤال { $n }: اكتبه (رُدّ، حتى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}).
survey-new-options-ask = اكتب الخيارات، خيارًا في كل سطر أو مفصولة بـ |، من 2 إلى { $max }.
survey-new-required-ask = هل الإجابة عنه إلزامية؟
button-survey-new-required = إلزامي
button-survey-new-optional = اختياري
survey-new-condition-ask = يُسأل دائمًا، أم فقط بعد إجابة معينة؟ للشرط رُدّ مثل q2=no (أُجيب عن السؤال 2 بـ «لا»).
button-survey-new-always = دائمًا
survey-new-added = أُضيف السؤال { $n }.
survey-new-no-questions = لا أسئلة بعد.
survey-new-cancelled = أُلغي الاستبيان الجديد؛ لم يُحفظ شيء.
survey-new-error-full = للاستبيان { $max ->
    [zero] { $max } سؤال
    [one] سؤال واحد
    [two] سؤالان
    [few] { $max } أسئلة
    [many] { $max } سؤالًا
   *[other] { $max } سؤال
} على الأكثر.
survey-new-error-text = اكتب من 1 إلى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
} من فضلك.
survey-new-error-options = أعطِ من 2 إلى { $max ->
    [zero] { $max } خيار
    [one] خيار واحد
    [two] خيارين
    [few] { $max } خيارات
    [many] { $max } خيارًا
   *[other] { $max } خيار
}، كلٌّ منها حتى { $len ->
    [zero] { $len } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $len } أحرف
    [many] { $len } حرفًا
   *[other] { $len } حرف
}.
survey-new-error-condition = اكتب الشرط على شكل qN=الإجابة، حيث N سؤال سابق (من 1 إلى { $max }).
survey-new-error-empty = أضف سؤالًا واحدًا على الأقل قبل الحفظ.
cmd-survey-new-summary = كتابة استبيان خطوة بخطوة، في الخاص (السؤال، النوع، الخيارات، الشرط، المعاينة)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = إنشاء استبيان من JSON ملصوق أو من الصيغة النصية القصيرة (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON أو العنوان + سؤال في كل سطر
cmd-survey-export-summary = تعريف الاستبيان، لحفظه أو استيراده في مكان آخر (يُرسل إليك في الخاص)
cmd-survey-export-usage = /survey export المعرف [--format json|text]
cmd-survey-delete-summary = حذف استبيان وإجاباته (يسأل أولًا)
cmd-survey-delete-usage = /survey delete المعرف
cmd-survey-poll-summary = سؤال واحد كاستطلاع في المجموعة
cmd-survey-poll-usage = /survey poll "السؤال؟" "أ" "ب" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = الاسم القديم لـ /cohort edit --smallest-group: كم شخصًا يحتاج إليه أي نتيجة كي تُعرض (3 أو أكثر؛ 5 افتراضيًا)
cmd-survey-threshold-usage = /survey threshold [الرقم]
## w4-gatherings
cmd-gathering-ics-summary = ملف التقويم للقاء، يُرسل إليك في الخاص
cmd-gathering-ics-usage = /gathering ics الرقم
cmd-gathering-feed-summary = رابط الاشتراك في تقويم الدفعة (في الخاص)؛ reset ينشئ رابطًا جديدًا ويُبطل القديم
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = تعيين رمز القاعة المطلوب لزر «أنا هنا» (يُعرض لك في الخاص)
cmd-gathering-code-usage = /gathering code الرقم [الرمز|-]
cmd-gathering-settings-summary = متى تُرسل التذكيرات ومتى تسأل المتابعة
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = التذكيرات قبل اللقاء: { $reminders }. المتابعة، بالأيام بعده: { $steps } (الأولى تسأل عمّا سيجرّبه كل شخص).
gathering-settings-saved = حُفظ. التذكيرات قبل اللقاء: { $reminders }. المتابعة، بالأيام بعده: { $steps }.
gathering-settings-error-reminders = «{ $value }» ليست قائمة تذكيرات: اكتب حتى { $max ->
    [zero] { $max } مدة
    [one] مدة واحدة
    [two] مدتين
    [few] { $max } مُدد
    [many] { $max } مدةً
   *[other] { $max } مدة
} قبل البداية، مثل 7d,1d,1h (من 15m إلى 60d)، أو - لإلغائها.
gathering-settings-error-steps = «{ $value }» ليست تسلسل متابعة: اكتب من 2 إلى { $max ->
    [zero] { $max } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $max } أيام
    [many] { $max } يومًا
   *[other] { $max } يوم
} بعد اللقاء، تصاعديًا، مثل 1,7,30,90.
gathering-reminder-in = بعد { $span }: { $answer ->
    [maybe] (قلت ربما)
   *[going] (قلت إنك ستحضر)
}
gathering-commit-ask-days = شكرًا لحضورك «{ $title }» ({ $cohort }). ما الذي ستجرّبه في الأسابيع القادمة؟ اكتب من شيء إلى ثلاثة أشياء، كلٌّ منها بأمر /commit، مثلًا: <code>/commit تنظيم أول ماراثون تحرير --by 2027-05-01</code>. لا يقرؤها غيرك ما لم تُضف --visibility mentor أو coordinators. سأسألك عن التقدّم بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من اللقاء.
gathering-followup-target = موعدك المستهدف: { $date }.
commit-error-bad-date = «{ $value }» ليس تاريخًا: اكتبه مثل 2027-04-30.
commit-error-date-past = { $value } مضى بالفعل: اختر يومًا من اليوم فصاعدًا.
commit-error-date-too-far = { $value } بعد أكثر من سنة: اختر خطوة أقرب.
commit-saved-target = الموعد المستهدف: { $date }.
commitment-target = (بحلول { $date })
commitment-status-word = { $status ->
    [done] أُنجز
    [partly] أُنجز جزئيًا
    [not-yet] ليس بعد
    [let-go] تُرك
   *[open] مفتوح
}
commitment-visibility-word = { $visibility ->
    [mentor] أنت ومرشدك
    [coordinators] أنت والمنسّقون
   *[me] أنت فقط
}
gathering-answer-word = { $answer ->
    [going] سأحضر
    [maybe] ربما
    [no] لن أحضر
   *[waitlist] على قائمة الانتظار
}
gathering-present-word = { $present ->
    [yes] نعم
   *[no] لا
}
commitment-answer-not-yet-peer = سُجّل: ليس بعد. هل يعيقك شيء؟ { $peer } يعمل أيضًا على «{ $topic }»: بضغطة واحدة أخبره بما أردت تجربته وأطلب منه التواصل معك.
button-commitment-ask-peer = اطلب المساعدة من { $peer }
commitment-help-to-peer = { $mentee } ({ $cohort }) متعثّر فيما أراد تجربته بعد لقاء: «{ $text }». كلاكما يعمل على «{ $topic }»: هل يمكنك التواصل معه؟
gathering-ics-join = الانضمام عبر الإنترنت: { $url }
gathering-ics-caption = «{ $title }» لتقويمك
gathering-ics-sent = أرسلت إليك «{ $title }» لتقويمك في الخاص.
gathering-ics-unreachable = لا أستطيع إرسال ملف إليك في الخاص: افتح محادثة خاصة معي (أرسل /start هناك) ثم حاول مجددًا.
gathering-feed = تقويم الدفعة: اشترك في <code>{ $webcal }</code> (أو { $https }) في تطبيق التقويم. تظهر اللقاءات والتغييرات والإلغاءات هناك تلقائيًا. شاركه مع الأعضاء فقط: من لديه الرابط يقرأ اللقاءات. /gathering feed reset ينشئ رابطًا جديدًا ويُبطل هذا.
gathering-feed-reset = رابط التقويم الجديد: <code>{ $webcal }</code> (أو { $https }). الرابط القديم لم يعد يعمل؛ يحتاج المشتركون إلى الجديد.
gathering-feed-no-url = لم يُضبط للبوت عنوان عام (PUBLIC_URL)، لذا لا أستطيع إعطاء رابط تقويم. اسأل المشغّل؛ وفي الأثناء يرسل /gathering ics الرقم لقاءً واحدًا كملف.
gathering-code-error-format = «{ $value }» لا يصلح رمزًا للقاعة: من 3 إلى 12 حرفًا أو رقمًا.
gathering-code-set = رمز القاعة للقاء رقم { $number } «{ $title }»: <b>{ $code }</b>. أعلنه في القاعة؛ يسجّل كل شخص حضوره بـ /here { $code } (ويُفضّل في الخاص معي). /gathering code { $number } - يزيله.
gathering-code-cleared = لم يعد «أنا هنا» للقاء رقم { $number } «{ $title }» يحتاج إلى رمز.
gathering-here-needs-code = لهذا اللقاء رمز قاعة يُعلن في المكان: أرسل /here { $number } الرمز (ويُفضّل في الخاص معي).
gathering-error-wrong-code = هذا ليس رمز القاعة. تحقّق منه مع المنظّمين في المكان.
## w4-pairing
pair-confirmed-requests = المرشدون الذين سألتهم: { $mentors }. الطلبات المرسلة: { $requests }. لدى كل مرشد { $hours } س للرد؛ وبلا رد يُعرض الشخص على المرشد التالي الأنسب.
pair-by-hand-in-group = تكوين ثنائي يدويًا يتم في مجموعة الدفعة: أرسل هناك /pair @المرشد @المتدرّب.
pair-mine-no-cohort = لست في أي دفعة بعد. انضم إلى إحداها في مجموعتها باستخدام /join.
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = راسل { $other } مباشرة: اضغط على الاسم.
pair-intro-times-both = بعض الأوقات المناسبة للقاء، ضمن ساعات يقظتكما معًا:
pair-ended-unpaired = { $person }، أنهى أحد المنسقين إرشادك مع { $other } في { $name }.
pair-ended-left = { $person }، غادر { $other } { $name }، لذا انتهى الإرشاد بينكما.
pair-ended-away = { $person }، سيغيب { $other } عن { $name } لفترة، لذا انتهى الإرشاد بينكما.
pair-ended-next-mentor = أسأل الآن المرشد التالي الأنسب لك، وسأخبرك عندما يقبل أحدهم.
mydata-someone-who-left = شخص غادر
pair-reason-language-unknown = لم تُذكر أي لغة
person-pick = يوجد أكثر من عضو باسم «{ $who }». من تقصد؟
pair-ask-open-private = <a href="{ $link }">افتح محادثة خاصة معي</a> وستصلك مثل هذه الطلبات هناك.
pair-ended-you-left = { $person }، غادرت { $name }، لذا انتهى إرشادك مع { $other }.
pair-ended-you-away = { $person }، ستغيب عن { $name } لفترة، لذا انتهى إرشادك مع { $other }، وسيُعرض عليه مرشد آخر.
## w4-reports
cmd-audit-summary = من فعل ماذا في المجموعة (الأدوار، الثنائيات، التصديرات، الاستبيانات)، يُرسل إليك على انفراد
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = لا شيء في سجل تدقيق { $cohort } بعد.
audit-header = <b>سجل تدقيق { $cohort }</b>: { $count ->
    [zero] لا إدخالات
    [one] آخر إدخال
    [two] آخر إدخالين، الأحدث أولًا
    [few] آخر { $count } إدخالات، الأحدث أولًا
    [many] آخر { $count } إدخالًا، الأحدث أولًا
   *[other] آخر { $count } إدخال، الأحدث أولًا
} (معرّفات وإعدادات فقط).
audit-error-word = لا يقبل /audit إلا --since 2027-01-01؛ لا أعرف «{ $word }» هنا.
report-web-not-set-up = صفحة التقرير غير مُعدّة في هذا البوت: على المشغّل ضبط PUBLIC_URL (docs/configuration.md).
report-web-link = صفحة التقرير الخاصة بك لـ { $cohort } (صالحة { $hours } ساعة). لا تشاركها: كل من لديه الرابط يستطيع قراءة الصفحة حتى تنتهي صلاحيته. /report web revoke يوقف كل الروابط.
report-web-revoked = لم يعد أي رابط لصفحة تقرير { $cohort } أُعطي حتى الآن يعمل.
report-web-title = تقرير: { $cohort }
report-web-downloads = التنزيلات
report-web-audit = سجل التدقيق
report-web-audit-when = متى
report-web-audit-who = من
report-web-audit-action = الإجراء
report-web-audit-details = التفاصيل
report-web-expires = يعمل هذا الرابط حتى { $at }.
network-hub-error-not-admin = لا يجعل هذه المحادثة ملتقى لشبكة إلا أحد مشرفيها.
## lead: nudge fallback
checkin-nudge-group = { $person }، لديّ سؤال لك عن المجموعة. لا أستطيع أن أراسلك أولًا: افتح { $link } واضغط «ابدأ» لتقرأه.
checkin-nudge-group-private = { $person }، لديّ سؤال لك عن المجموعة. راسلني على الخاص لتقرأه.
## w5-gatherings
gathering-code-error-digits = «{ $value }» أرقام فقط، وسيقرؤه /here على أنه رقم لقاء. اختر رمزًا للقاعة فيه حرف واحد على الأقل، أو أرسل /gathering code { $number } وسأختار لك رمزًا.
## w5-nethub
network-offer-ask = أتعرض هذا على الشبكة { $networks }؟ { $kind ->
    [reflection] تأملك
    [checkin] إجابتك في المتابعة
   *[commitment] كيف سار التزامك
}:
    { $text }
    لا يُرسل شيء ما لم تختره هنا (أو لاحقًا عبر <code>/share</code>).
network-offer-no = ليس هذا
network-digest-theme-language = <b>{ $themes } · بلغة: { $language }</b>
network-report-gatherings = { "  " }اللقاءات: { $gatherings }، الالتزامات: { $commitments }، المنجزة: { $done }، المنجزة جزئيًا: { $partly } ({ $rate }٪ منجزة)
network-report-chart-title = «{ $name }»: الاستجابة للمتابعات والالتزامات المنجزة لكل مجموعة
network-report-axis-response = الاستجابة للمتابعات
network-report-axis-followups = الالتزامات المنجزة
cmd-network-export-summary = أرقام الشبكة في ملفات، مبنية من تصديرات المجموعات (تُرسل في الخاص)
cmd-network-export-usage = /network export [csv|json|wikitext] ["الشبكة"]
network-hub-channel-code = لتجعل قناة تيليغرام ملتقى الشبكة «{ $name }»: أضفني إلى القناة مشرفًا يحق له النشر، ثم انشر هذا فيها خلال ساعة:
    <code>/network hub { $code }</code>
    سأؤكد ذلك في القناة، وأحذف ذلك المنشور، وأخبرك هنا. أما المجموعة أو غرفة ماتريكس فشغّل فيها <code>/network hub</code> مباشرة.
network-hub-channel-done = صارت القناة { $channel } ملتقى الشبكة «{ $name }».
network-hub-channel-bad-code = رمز الملتقى هذا غير معروف أو مستعمل أو منتهٍ. يحصل منسق الشبكة على رمز جديد بإرسال <code>/network hub</code> إليّ في الخاص.
network-space-created = أنشأت مساحة ماتريكس «{ $name }» ودعوتك إليها؛ غرف المجموعات فيها: { $count }. تُضاف غرف المجموعات التي تنضم إلى الشبكة وتُزال غرف التي تغادرها.
network-space-synced = عادت مساحة «{ $name }» متوافقة؛ غرف المجموعات فيها: { $count }.
network-space-error-platform = المساحات خاصة بماتريكس: شغّل هذا على ماتريكس. على تيليغرام استعمل مجموعة أو قناة ملتقى للشبكة (<code>/network hub</code>).
cmd-network-space-summary = مساحة ماتريكس تضم غرف مجموعات الشبكة، محدّثة دائمًا
cmd-network-space-usage = /network space ["الشبكة"]
## w5-surveys
button-survey-back = « رجوع
survey-back-first = هذا هو السؤال الأول: لا توجد إجابة سابقة لتغييرها.
survey-dm-your-answer = إجابتك حتى الآن: { $answer }
survey-back-none = لا يوجد سؤال استبيان بانتظارك. يعرض /surveys استبياناتك المفتوحة.
survey-dm-back-hint = لتغيير إجابتك السابقة، اكتب «رجوع».
smallest-group-is =
    { $count ->
        [zero] أصغر مجموعة تُعرض في هذه الدفعة هي { $count } شخص: لا تعرض نتائج الاستبيانات، ولا التقارير والملخّصات خارج العرض الخاص بالمنسّقين، أي عدد أو نسبة أو متوسط لعدد أقل من الأشخاص.
        [one] أصغر مجموعة تُعرض في هذه الدفعة هي شخص واحد: لا تعرض نتائج الاستبيانات، ولا التقارير والملخّصات خارج العرض الخاص بالمنسّقين، أي عدد أو نسبة أو متوسط لعدد أقل من الأشخاص.
        [two] أصغر مجموعة تُعرض في هذه الدفعة هي شخصان: لا تعرض نتائج الاستبيانات، ولا التقارير والملخّصات خارج العرض الخاص بالمنسّقين، أي عدد أو نسبة أو متوسط لعدد أقل من الأشخاص.
        [few] أصغر مجموعة تُعرض في هذه الدفعة هي { $count } أشخاص: لا تعرض نتائج الاستبيانات، ولا التقارير والملخّصات خارج العرض الخاص بالمنسّقين، أي عدد أو نسبة أو متوسط لعدد أقل من الأشخاص.
        [many] أصغر مجموعة تُعرض في هذه الدفعة هي { $count } شخصًا: لا تعرض نتائج الاستبيانات، ولا التقارير والملخّصات خارج العرض الخاص بالمنسّقين، أي عدد أو نسبة أو متوسط لعدد أقل من الأشخاص.
       *[other] أصغر مجموعة تُعرض في هذه الدفعة هي { $count } شخص: لا تعرض نتائج الاستبيانات، ولا التقارير والملخّصات خارج العرض الخاص بالمنسّقين، أي عدد أو نسبة أو متوسط لعدد أقل من الأشخاص.
    }
smallest-group-set =
    { $count ->
        [zero] من الآن، تحتاج الأعداد والنسب والمتوسطات إلى { $count } شخص على الأقل خلفها كي تُعرض (الاستبيانات، التقارير، الملخّصات).
        [one] من الآن، تحتاج الأعداد والنسب والمتوسطات إلى شخص واحد على الأقل خلفها كي تُعرض (الاستبيانات، التقارير، الملخّصات).
        [two] من الآن، تحتاج الأعداد والنسب والمتوسطات إلى شخصين على الأقل خلفها كي تُعرض (الاستبيانات، التقارير، الملخّصات).
        [few] من الآن، تحتاج الأعداد والنسب والمتوسطات إلى { $count } أشخاص على الأقل خلفها كي تُعرض (الاستبيانات، التقارير، الملخّصات).
        [many] من الآن، تحتاج الأعداد والنسب والمتوسطات إلى { $count } شخصًا على الأقل خلفها كي تُعرض (الاستبيانات، التقارير، الملخّصات).
       *[other] من الآن، تحتاج الأعداد والنسب والمتوسطات إلى { $count } شخص على الأقل خلفها كي تُعرض (الاستبيانات، التقارير، الملخّصات).
    }
smallest-group-moved = هذا الآن إعداد واحد للدفعة يسري على الاستبيانات والتقارير وكل عدّ: /cohort edit --smallest-group الرقم (من 3 إلى 100؛ 5 ما لم يُغيَّر).
smallest-group-error = أصغر مجموعة تُعرض عدد صحيح من { $min } إلى { $max }؛ و«{ $value }» ليس كذلك.
cohort-card-smallest-group =
    { $count ->
        [zero] أصغر مجموعة تُعرض: { $count } شخص (لا تُعرض الأعداد الأصغر).
        [one] أصغر مجموعة تُعرض: شخص واحد (لا تُعرض الأعداد الأصغر).
        [two] أصغر مجموعة تُعرض: شخصان (لا تُعرض الأعداد الأصغر).
        [few] أصغر مجموعة تُعرض: { $count } أشخاص (لا تُعرض الأعداد الأصغر).
        [many] أصغر مجموعة تُعرض: { $count } شخصًا (لا تُعرض الأعداد الأصغر).
       *[other] أصغر مجموعة تُعرض: { $count } شخص (لا تُعرض الأعداد الأصغر).
    }
survey-status-word = { $status ->
    [draft] لم يُرسل بعد
    [closed] مغلق
   *[open] مفتوح
}
## w5-netmatch
cmd-network-meet-summary = التعرّف على شخص من فوج آخر في الشبكة (نعم أو لا؛ الرد على الخاص)
cmd-network-meet-usage = /network meet [on|off] ["الشبكة"]
cmd-network-round-summary = تعريف الأعضاء المسجّلين بشخص من فوج آخر (منسقو الشبكة)
cmd-network-round-usage = /network round [every 2w|off] ["الشبكة"]
network-meet-status-title = التعرّف على أشخاص من أفواج أخرى:
network-meet-status-line = • «{ $network }» (عبر { $cohort }): { $state ->
    [on] نعم
   *[off] لا
  }
network-meet-explain = عندما يبدأ منسق الشبكة جولة، نعرّفك على الخاص بشخص من فوج آخر، ويُفضَّل أن تجمعكما لغة وموضوع. يرى هذا الشخص اسمك وفوجك وكيف يتواصل معك (اسم المستخدم @ في تيليغرام أو معرّفك في ماتريكس)، وترى أنت مثل ذلك عنه.
network-meet-button-on = نعم، عرّفني
network-meet-button-off = لا، أوقف ذلك
network-meet-on = سنعرّفك بشخص من فوج آخر في { $networks }. سيرى اسمك وفوجك وكيف يتواصل معك. <code>/network meet off</code> يوقف ذلك.
network-meet-off = لن نعرّفك بأحد بعد الآن في { $networks }.
network-meet-off-already = لم تكن مسجّلًا للتعارف هناك.
network-meet-error-paused = أنت في استراحة في ذلك الفوج: عد أولًا ثم سجّل.
network-meet-error-no-network = لا توجد أي من أفواجك هنا في شبكة.
network-round-error-one = لدى «{ $name }» فوج واحد: لا يوجد بعد من تتعرّف عليه من فوج آخر.
network-round-error-few = سجّل أقل من عضوين في «{ $name }» عبر <code>/network meet on</code>، لذا لا جولة.
network-round-done = الجولة { $number } من «{ $name }»: { $groups ->
    [zero] لا تعارف
    [one] تعارف واحد
    [two] تعارفان
    [few] { $groups } تعارفات
    [many] { $groups } تعارفًا
   *[other] { $groups } تعارف
} لـ{ $people ->
    [zero] { $people } شخص
    [one] شخص واحد
    [two] شخصين
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
}. لم يُوجد أحد لهم هذه المرة: { $unplaced }. مجموعات تضم شخصين من الفوج نفسه (لم يناسب أحد غيرهما): { $same }. تعذّرت مراسلتهم على الخاص: { $unreached }.
network-meet-intro = { $person }، في الشبكة «{ $network }» ستتعرّف على { $group ->
    [pair] شخص
   *[triad] شخصين
  } من فوج آخر:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort })، على { $platform }: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort })، على { $platform }: لديه وسيلة التواصل معك وسيكتب إليك أولًا.
network-meet-intro-common = المشترك بينكم: { $common }.
network-meet-common-languages = تتحدثون { $languages }
network-meet-common-topics = الاهتمام بـ { $topics }
network-meet-common-none = لم تُذكر لغة ولا موضوع؛ ألقوا التحية وانظروا
network-meet-intro-next = اكتبوا لبعضكم واتفقوا على موعد: تكفي مكالمة أو بضع رسائل.
network-meet-nobody = { $person }، لم يناسبك أحد من فوج آخر في «{ $network }» في هذه الجولة. تبقى مسجّلًا للجولة القادمة.
mydata-network-meet = شبكات تتعرّف فيها على أشخاص من أفواج أخرى ({ $count }):
mydata-network-meet-on = • «{ $network }»، عبر { $cohort }، منذ { $since }
mydata-network-meet-round = • «{ $network }»، الجولة { $number } ({ $when }): تعرّفت على { $others }
## w5-reports2
report-chart-too-few = الرسم البياني: لا شيء لعرضه بعد. يظهر عندما يضم { $min } أشخاص أو أكثر.
export-file-too-large = لم يُرسَل { $file }: حجمه { $size } ميغابايت، وهو أكبر مما تقبله هذه المحادثة ({ $limit } ميغابايت). نزّله من صفحة تقريرك: /report web

## w5-gqa
gathering-report-people = ردّ كل شخص وحضوره:
gathering-ics-hint = لتقويمك: /gathering ics { $number }
button-gathering-keep = لا، أبقِه
gathering-kept = لا شيء يتغيّر: «{ $title }» قائم كما هو.
report-gathering-line-let-go = #{ $number } { $title }: سيحضر { $going }، حضر { $present }؛ { $commitments ->
    [zero] لا التزامات
    [one] التزام واحد
    [two] التزامان
    [few] { $commitments } التزامات
    [many] { $commitments } التزامًا
   *[other] { $commitments } التزام
}: تم { $done }، جزئيًا { $partly }، متروكة { $letgo }، مفتوحة { $open }

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = رجوع, ارجع, عودة
survey-closed-unfinished = أُغلق الاستبيان «{ $title }» قبل أن تُنهيه، لذلك لم تُحفظ هذه الإجابة.
survey-error-json-type = السؤال { $n }: «{ $type }» ليس نوع سؤال. استخدم single أو multi أو scale5 أو scale10 أو yesno أو text.
survey-error-too-many-options = للسؤال { $n } خيارات أكثر من اللازم (الحد الأقصى { $max }).
survey-error-question-too-long = السؤال { $n }: نصه أو أحد خياراته طويل جدًا (الحد الأقصى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}).
survey-error-title-too-long = العنوان أو النص الافتتاحي أو نص الشكر طويل جدًا (الحد الأقصى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}).
survey-error-send-poll = الاستبيان { $number } تصويت سريع في المجموعة: يُجاب عنه هناك ولا يُرسل في الخاص. يعرض /survey results { $number } نتائجه.

## w6-netment
network-report-mentorships = { "  " }الإرشاد: { $active } قائم؛ المطلوب: { $asked }، المقبول: { $accepted }

## w3-net-web
cmd-network-page-summary = رابط إلى صفحة الويب لما شوركَ في الشبكة (يُرسل على الخاص؛ revoke يوقف كل الروابط)
cmd-network-page-usage = /network page [revoke] ["الشبكة"]
network-page-link = صفحة الويب لما شوركَ في «{ $name }» (صالحة { $hours } ساعة). تعرض ما اختار الأعضاء مشاركته، مع الأسماء فقط حيث وافق أصحابها؛ كل من لديه الرابط يستطيع قراءتها حتى تنتهي صلاحيته. <code>/network page revoke</code> يوقف كل الروابط.
network-page-revoked = لم يعد أي رابط أُعطي حتى الآن إلى صفحة «{ $name }» يعمل. <code>/network page</code> يعطي رابطًا جديدًا.
network-page-not-set-up = صفحة الشبكة غير مُعدّة على هذا البوت: يضبط المشغّل PUBLIC_URL (docs/configuration.md).
network-page-title = ما شوركَ في الشبكة «{ $name }»
network-page-intro = دروس اختار أعضاء { $cohorts ->
    [zero] أفواجها
    [one] فوجها الواحد
    [two] فوجيها
    [few] أفواجها الـ{ $cohorts }
    [many] أفواجها الـ{ $cohorts }
   *[other] أفواجها الـ{ $cohorts }
} مشاركتها، مرتبة حسب الموضوع واللغة. ما سحبه صاحبه لم يعد هنا.
network-page-nothing = لم يُشارَك شيء بعد.
network-page-expires = يعمل هذا الرابط حتى { $at }.
network-page-refused-title = هذا الرابط لا يعمل
network-page-refused = انتهت صلاحية الرابط أو أُلغي أو عُدّل أو أنه لصفحة أخرى. يحصل منسّق الشبكة على رابط جديد بـ /network page.
network-withdraw-title-any = ما شاركته. استرجاع عنصر يُبقيه خارج الملخصات القادمة ويزيله من صفحة الشبكة (الملخص المنشور يبقى):
network-withdraw-done-any = استُرجع: لن يُرسل مجددًا ولم يعد على صفحة الشبكة.
network-withdraw-none-any = ليس لديك ما تسترجعه مما شاركته.
mydata-network-page = العناصر الموافق عليها، أُرسلت أم لا، موجودة أيضًا على صفحة الويب لكل شبكة، لكل من لديه رابطها، حتى تسحبها (<code>/share withdraw</code>).
network-round-rhythm-usage = قل كم مرة: <code>/network round every 2w</code> (من 1 إلى 12 أسبوعًا) أو <code>/network round off</code>.
network-round-rhythm-weeks = تأتي الجولات كل 1 إلى { $max ->
    [zero] { $max } أسبوع
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $max } أسابيع
    [many] { $max } أسبوعًا
   *[other] { $max } أسبوع
}، مثلًا <code>/network round every 2w</code>.
network-round-rhythm-set = جولات التعارف بين أفواج «{ $name }» تأتي الآن وحدها { $weeks ->
    [zero] كل { $weeks } أسبوع
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $weeks } أسابيع
    [many] كل { $weeks } أسبوعًا
   *[other] كل { $weeks } أسبوع
}؛ الأولى في { $next }. <code>/network round off</code> يوقفها.
network-round-rhythm-off = لم تعد جولات التعارف بين أفواج «{ $name }» تأتي وحدها؛ <code>/network round</code> ما زال يبدأ جولة.
network-round-rhythm-skipped = لا جولة بين أفواج «{ $name }» هذه المرة: يلزم فوجان وعضوان على الأقل سجّلا بـ <code>/network meet on</code>.
network-round-rhythm-note = جاءت هذه الجولة وحدها ({ $weeks ->
    [zero] كل { $weeks } أسبوع
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $weeks } أسابيع
    [many] كل { $weeks } أسبوعًا
   *[other] كل { $weeks } أسبوع
})؛ التالية في { $next }.
## w3-net-e2e
network-meet-intro-you-write = ليس لديك اسم مستخدم عام على { $platform }، لذلك لا يستطيع { $name } مراسلتك: يُرجى أن تبدأ أنت بالكتابة.
## w3-edges-pair
pair-ended-group = { $person }، انتهى إرشادك في { $name }.
pair-open-private = <a href="{ $link }">افتح محادثة خاصة معي</a> لتصلك أخبار كهذه هناك.
## w3-edges-tg
timezone-every-cohort = لك منطقة زمنية واحدة في كل الأفواج: الخيار --cohort لا يغيّرها لفوج واحد فقط.
