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
error-text-too-long = حقل { $field } طويل جدًا: عدد أحرفه { $length }، والحد الأقصى { $max }.
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
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no]
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
    [one] وعضو آخر في استراحة.
    [two] وعضوان آخران في استراحة.
    [few] و{ $count } أعضاء آخرون في استراحة.
   *[other] و{ $count } عضوًا آخر في استراحة.
}
members-left-count = { $count ->
    [one] وشخص آخر غادر الفوج.
    [two] وشخصان آخران غادرا الفوج.
    [few] و{ $count } أشخاص آخرون غادروا الفوج.
   *[other] و{ $count } شخصًا آخر غادروا الفوج.
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
cmd-profile-set-usage = /profile set field value [--cohort "الاسم"]
cmd-profile-clear-summary = مسح حقل
cmd-profile-clear-usage = /profile clear field [--cohort "الاسم"]
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
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats]
cmd-checkin-list-summary = عرض جداول المتابعة لهذه المجموعة
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = إضافة جدول متابعة بتوقيت المجموعة
cmd-checkin-schedule-usage = /checkin schedule weekly mon 18:00 | every 2 weeks thu 09:30 | monthly first tue 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = نشر متابعة الآن
cmd-checkin-now-usage = /checkin now [id]
cmd-checkin-skip-summary = تخطي المتابعة التالية في جدول
cmd-checkin-skip-usage = /checkin skip id
cmd-checkin-pause-summary = إيقاف جدول مؤقتًا
cmd-checkin-pause-usage = /checkin pause id
cmd-checkin-resume-summary = استئناف جدول موقوف
cmd-checkin-resume-usage = /checkin resume id
cmd-checkin-delete-summary = حذف جدول ومتابعاته
cmd-checkin-delete-usage = /checkin delete id
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
checkin-error-remind-window = يجب أن يأتي التذكير قبل إغلاق الإجابات: اجعل ‎--remind أقصر من ‎--window.
checkin-error-window-overlap = نافذة الإجابات أطول من الوقت بين متابعتين: اجعل ‎--window أقصر.
checkin-error-digest = «{ $value }» ليست group ولا coordinators.
checkin-error-questions = { $max } أسئلة على الأكثر من فضلك.
checkin-error-question-length = يمكن أن يحتوي السؤال على { $max } حرفًا على الأكثر.
checkin-error-no-schedule = لا يوجد هنا جدول متابعة «{ $id }». ‏/checkin list يعرضها.
checkin-error-not-active = الجدول #{ $id } موقوف: لا توجد متابعة تالية لتخطيها.
checkin-error-already-paused = الجدول #{ $id } موقوف بالفعل.
checkin-error-not-paused = الجدول #{ $id } ليس موقوفًا.
checkin-error-not-member = يمكن لأعضاء هذه المجموعة فقط الإجابة عن متابعاتها. استخدم ‎/join أولًا.
checkin-error-closed = هذه المتابعة مغلقة: لم تعد الإجابات مقبولة.
checkin-error-on-break = أنت في استراحة من هذه المجموعة، لذا لا تحسبك المتابعات. استخدم ‎/resume أولًا للإجابة.
checkin-none-yet = لا توجد متابعات مجدولة هنا بعد. للمنسقين: ‎/checkin schedule weekly mon 18:00
checkin-scheduled = تم ضبط جدول المتابعة #{ $id }.
checkin-list-title = <b>جداول المتابعة</b>
checkin-schedule-line = #{ $id }: { $pattern } ({ $timezone })، { $status ->
    [paused] موقوف
   *[other] التالية { $next }
}، الإجابات مفتوحة { $window ->
    [zero] أقل من ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $window } ساعات
    [many] { $window } ساعة
   *[other] { $window } ساعة
}
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
checkin-dm-intro = متابعة { $name }. أجب عن سؤال واحد في كل مرة؛ اكتب «skip» لتخطي سؤال.
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
    [one] شخص واحد لم يُجب بعد.
    [two] شخصان لم يُجيبا بعد.
    [few] { $count } أشخاص لم يُجيبوا بعد.
   *[other] { $count } شخصًا لم يُجيبوا بعد.
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
checkin-stats-inactive = فاتتهم { $count } متابعات أو أكثر على التوالي: { $names }
checkin-error-inactive-after = «{ $value }» ليس عددًا من المتابعات بين 0 و20 (0: أبدًا).
checkin-nudge = مرحبًا { $person }! فاتتك آخر { $count } متابعات في { $name }. لا ضغط عليك: هل ما زلت معنا، أم تود استراحة لأسبوعين، أم تفضل مغادرة المجموعة؟
button-nudge-in = ما زلت معكم
button-nudge-pause = استراحة لأسبوعين
button-nudge-leave = مغادرة المجموعة
nudge-still-in = يسعدنا ذلك! نراك في المتابعة القادمة في { $name }.
nudge-left = لقد غادرت { $name }. الأمر /join في المجموعة يعيدك في أي وقت، مع ملفك الشخصي كما كان.
mydata-checkins = { $count ->
    [zero] لم تُجب عن أي متابعة.
    [one] إجاباتك في المتابعات (واحدة):
    [two] إجاباتك في المتابعات (اثنتان):
   *[other] إجاباتك في المتابعات ({ $count }):
}
mydata-checkin-answer = • { $cohort }، { $date }: { $answers } (مشتركة: { $shared })

## Reflections

cmd-reflect-summary = اكتب تأملًا في محادثة خاصة؛ واختر من يمكنه قراءته
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "الاسم"]
cmd-reflections-summary = اعرض تأملاتك، أو مع «shared» ما سمح لك الآخرون بقراءته (في الخاص)
cmd-reflections-usage = /reflections [shared] [--cohort "الاسم"]
reflect-error-not-member = التأملات تنتمي إلى مجموعة: انضم إلى واحدة أولًا عبر ‎/join.
reflect-error-too-long = يمكن أن يحتوي التأمل على { $max } حرفًا على الأكثر.
reflect-error-visibility = «{ $value }» ليست me أو mentor أو coordinators أو cohort.
reflect-saved = حُفظ في { $cohort }. { $visibility ->
    [me] أنت وحدك تستطيع قراءته.
    [mentor] أنت ومرشدك تستطيعان قراءته.
    [coordinators] أنت والمنسقون تستطيعون قراءته.
   *[cohort] يستطيع الفوج قراءته، وسيظهر في الملخص التالي.
}
reflections-title = <b>تأملاتك</b>
reflections-none = لم تكتب أي تأملات بعد. ‏/reflect … يكتب واحدًا.
reflections-line = { $date }، { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>تأملات شاركها الآخرون معك</b> (آخر 90 يومًا)
reflections-shared-none = لم يشارك أحد تأملًا معك خلال آخر 90 يومًا.
reflections-shared-line = { $date }، { $cohort }، { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [zero] لم تكتب أي تأملات.
    [one] تأملاتك (واحد):
    [two] تأملاتك (اثنان):
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
    [one] ثنائي واحد
   *[other] { $count } ثنائيات
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: لا يناسبه أي مرشد (لا لغة مشتركة أو مستبعد)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: المرشدون المناسبون لا متسع لديهم
pair-preview-confirm = الأمر /pair confirm يسأل هؤلاء المرشدين؛ والأمر /pair mentors مجددًا يعيد الحساب.
pair-confirmed = { $count ->
    [one] سألت مرشدًا واحدًا.
   *[other] سألت { $count } مرشدين.
} لكل منهم { $hours } ساعة للرد؛ وبلا رد يُعرض المسترشد على المرشد الأنسب التالي.
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
    [one] الإرشاد
   *[other] { $count } علاقات إرشاد
} لـ { $who }؟
button-unpair-confirm = أنهِ
unpair-done = { $count ->
    [one] انتهت علاقة إرشاد واحدة.
   *[other] انتهت { $count } علاقات إرشاد.
}
mydata-mentorships = { $count ->
    [0] ليست لديك علاقات إرشاد.
    [one] علاقة الإرشاد (واحدة):
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
    [one] لم يناسب أحدٌ شخصًا واحدًا هذه المرة، عذرًا.
    [two] لم يناسب أحدٌ شخصين هذه المرة، عذرًا.
    [few] لم يناسب أحدٌ { $count } أشخاص هذه المرة، عذرًا.
   *[other] لم يناسب أحدٌ { $count } شخصًا هذه المرة، عذرًا.
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
pair-rounds-off = جولات الأقران متوقفة. الأمر /pair rounds every 2w يبدؤها؛ ويأتي سؤال "هل التقيتم؟" بعد { $days } أيام من كل جولة.
pair-rounds-on = جولات الأقران كل { $weeks ->
    [one] أسبوع
    [two] أسبوعين
   *[other] { $weeks } أسابيع
}؛ القادمة في { $next }. ويأتي سؤال "هل التقيتم؟" بعد { $days } أيام من كل جولة.
pair-rounds-set = جولات الأقران كل { $weeks ->
    [one] أسبوع
    [two] أسبوعين
   *[other] { $weeks } أسابيع
}؛ الأولى في { $next }. الأمر /pair peers يجري جولة الآن.
pair-rounds-turned-off = جولات الأقران متوقفة.
pair-rounds-follow-up-set = سيأتي سؤال "هل التقيتم؟" بعد { $days } أيام من كل جولة.
pair-rounds-error-usage = قل كم مرة: /pair rounds every 2w أو /pair rounds every 1w أو /pair rounds off.
pair-rounds-error-weeks = الجولات كل 1 إلى { $max } أسابيع، مثلًا /pair rounds every 2w.
pair-rounds-error-days = يأتي سؤال "هل التقيتم؟" بعد 1 إلى { $max } أيام من الجولة، مثلًا /pair rounds follow-up 3d.
pair-stats-none = لا جولات أقران بعد: الأمر /pair peers يجري واحدة.
pair-stats-title = <b>جولات الأقران</b> ({ $count })
pair-stats-line = • الجولة { $number } ({ $date }): { $groups } مجموعات، { $people } أشخاص. التقوا: نعم { $yes }، لا { $no }، ليس بعد { $notYet }، بلا إجابة { $unanswered }
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
pair-settings = إعدادات الاقتران: ثنائيات بلا لغة مشتركة: { $bridging }؛ يرد المرشدون خلال { $hours } ساعة.
pair-settings-saved = تم الحفظ. ثنائيات بلا لغة مشتركة: { $bridging }؛ يرد المرشدون خلال { $hours } ساعة.
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

# Issue 12 (wave2-edges): /help start, quotes inside quoted text
cmd-start-summary = بدء المحادثة معي في الخاص (رابط الانضمام أو الإجابة يفتحها لك)
error-quote-inside = علامة { $quote } داخل نص بين علامتي اقتباس تُنهيه قبل أوانه. اكتبها هكذا \{ $quote } أو استخدم علامات اقتباس أخرى (“…” أو «…») حول النص.
