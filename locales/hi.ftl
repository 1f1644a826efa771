# cohort-bot — हिन्दी।
# संदेश मार्कअप में हैं: <b>, <i>, <code>, <a href="…">। वेरिएबल बॉट सुरक्षित करता है।
# en.ftl की हर कुंजी यहाँ होनी चाहिए: वरना टेस्ट फ़ेल होता है।

language-name = हिन्दी

## साझा शब्द

value-none = —
value-yes = हाँ
value-no = नहीं
cancelled = रद्द किया गया। कुछ नहीं बदला।
done = हो गया।
usage-line = उपयोग: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] मेंटर
    [coordinator] समन्वयक
   *[member] सदस्य
}
status-name = { $status ->
    [paused] विराम पर
    [left] छोड़ चुके
    [archived] संग्रहीत
   *[active] सक्रिय
}
field-cohort-name = बैच का नाम
field-languages = भाषाएँ
field-region = क्षेत्र
field-themes = विषय-क्षेत्र
field-topics = विषय
field-about = “मेरे बारे में” पाठ
button-cancel = रद्द करें
button-archive-confirm = हाँ, संग्रहीत करें
button-forget-confirm = हाँ, मेरा डेटा मिटाएँ

## त्रुटियाँ

error-internal = माफ़ कीजिए, मेरी तरफ़ कुछ गड़बड़ हो गई। कृपया एक मिनट बाद फिर कोशिश करें।
error-unknown-command = मैं { $command } कमांड नहीं जानता। मैं क्या कर सकता हूँ, यह देखने के लिए /help भेजें।
error-unknown-command-suggest = मैं { $command } कमांड नहीं जानता। क्या आपका मतलब { $suggestion } था?
error-unknown-subcommand = “{ $sub }” इस कमांड का काम नहीं है।
error-unknown-subcommand-suggest = “{ $sub }” इस कमांड का काम नहीं है। क्या आपका मतलब “{ $suggestion }” था?
error-missing-subcommand = इस कमांड को एक शब्द चाहिए जो बताए कि क्या करना है।
error-unclosed-quote = एक उद्धरण चिह्न बंद नहीं हुआ: पाठ के अंत में { $quote } जोड़ें।
error-unknown-flag = मैं { $flag } विकल्प नहीं जानता।
error-flag-needs-value = { $flag } विकल्प को एक मान चाहिए, जैसे { $flag }=मान।
error-missing-argument = यहाँ कुछ छूट गया है ({ $argument })।
error-unexpected-words = मुझे यहाँ “{ $words }” की उम्मीद नहीं थी।
error-nothing-to-change = बताइए क्या बदलना है, कम से कम एक विकल्प के साथ।
error-group-only = { $command } ग्रुप चैट में काम करता है, जहाँ बैच है।
error-no-cohort-here = इस चैट में अभी कोई बैच नहीं है। ग्रुप एडमिन <code>/cohort create "नाम"</code> से एक बना सकते हैं।
error-not-member = यह सिर्फ़ इस बैच के सदस्य कर सकते हैं। जुड़ने के लिए /join भेजें।
error-needs-role = यह सिर्फ़ इस बैच का { $role } कर सकता है।
error-text-empty = { $field } में कोई दिखने वाला अक्षर नहीं है।
error-text-too-long = बहुत लंबा: { $field } में ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षर
} हो सकते हैं (इसमें { $length } हैं)।
error-too-many-items = बहुत ज़्यादा { $field }: ज़्यादा से ज़्यादा { $max }।
error-bad-timezone = “{ $value }” कोई ऐसा टाइमज़ोन नहीं जिसे मैं जानता हूँ। Asia/Kolkata, Asia/Kathmandu या Asia/Dhaka जैसा नाम इस्तेमाल करें।
error-bad-language = “{ $value }” भाषा कोड नहीं है। hi, en, bn या pt-BR जैसे कोड इस्तेमाल करें।
error-unsupported-language = मैं अभी “{ $value }” नहीं बोलता। मैं ये भाषाएँ बोलता हूँ: { $available }।
error-bad-until = “{ $value }” न तारीख है न अवधि। 2026-12-24 जैसी तारीख, या 12h, 3d, 2w इस्तेमाल करें।
error-until-past = { $value } बीत चुका है।
error-until-too-far = { $value } एक साल से ज़्यादा दूर है।
error-bad-number = { $field } { $min } से { $max } तक की पूर्ण संख्या होनी चाहिए (“{ $value }” नहीं)।
error-bad-yes-no = { $field } का जवाब हाँ या नहीं में दें (“{ $value }” नहीं)।
error-bad-role = “{ $value }” कोई भूमिका नहीं है। भूमिकाएँ हैं: member, mentor और coordinator।
error-bad-profile-field = “{ $value }” प्रोफ़ाइल का फ़ील्ड नहीं है। फ़ील्ड: { $fields }।
error-unknown-person = मैं अभी { $who } को नहीं जानता। लोग मुझे तब पता चलते हैं जब वे उस चैट में लिखते हैं जहाँ मैं हूँ।
error-not-in-cohort = { $name } इस बैच के सदस्य नहीं हैं।
error-cohort-exists = इस चैट में पहले से एक बैच है: { $name }। नया शुरू करने के लिए पहले उसे संग्रहीत करें।
error-cohort-archived = { $name } बैच संग्रहीत है।
error-unknown-cohort = आप “{ $value }” नाम के किसी बैच में नहीं हैं। आपके बैच: { $cohorts }।
private-not-understood = मैं कमांड का जवाब देता हूँ। उन्हें देखने के लिए /help भेजें।

## बटन

action-stale = यह बटन अब मान्य नहीं है।
action-not-yours = यह बटन किसी और के लिए है।

## /help

cmd-help-summary = मैं यहाँ क्या कर सकता हूँ
cmd-help-usage = /help [कमांड]
help-title-group = <b>इस ग्रुप में आप ये कमांड इस्तेमाल कर सकते हैं</b>
help-title-private = <b>यहाँ आप ये कमांड इस्तेमाल कर सकते हैं</b>
help-line = { $usage } — { $summary }
help-footer = किसी एक के बारे में और जानने के लिए <code>/help कमांड</code> भेजें।
help-where-group = ग्रुप चैट में काम करता है।
help-where-private = मेरे साथ निजी चैट में काम करता है।

## /start

start-welcome = नमस्ते { $name }! मैं साथियों के साथ सीखने वाले बैच चलाता हूँ: चेक-इन, मेंटरशिप, चिंतन। आप क्या कर सकते हैं यह देखने के लिए /help भेजें, या किसी बैच का जुड़ने का लिंक खोलें।
start-joined = { $name } में आपका स्वागत है! अपने मेंटर और समन्वयकों को अपने बारे में बताइए, यहीं निजी में, <code>/profile set about …</code> से। और देखने के लिए /help भेजें।
start-bad-link = यह जुड़ने का लिंक अब मान्य नहीं है। किसी समन्वयक से नया लिंक माँगें।

## /cohort

cmd-cohort-summary = इस चैट का बैच देखें; समन्वयक इसे बनाते और चलाते हैं
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = बैच दिखाएँ
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = इस चैट या टॉपिक का बैच बनाएँ
cmd-cohort-create-usage = /cohort create "नाम" [--languages hi,en] [--region "…"] [--themes "a, b"] [--timezone क्षेत्र/शहर] [--language hi]
cmd-cohort-edit-summary = बैच का नाम, संदर्भ या सेटिंग बदलें
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
cmd-cohort-pause-summary = बैच को रोकें, चाहें तो किसी तारीख तक
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = रुके हुए बैच को फिर शुरू करें
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = बैच संग्रहीत करें (पहले पूछता है)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = इस चैट में अभी कोई बैच नहीं है। ग्रुप एडमिन <code>/cohort create "नाम"</code> से एक बना सकते हैं।
cohort-created = बैच <b>{ $name }</b> बन गया। सदस्य /join से या नीचे दिए लिंक से जुड़ते हैं।
cohort-edited = बदला गया: { $fields }।
cohort-card-title = <b>{ $name }</b>
cohort-card-status = स्थिति: { $status }
cohort-card-status-until = स्थिति: { $status }, { $until } तक
cohort-card-languages = भाषाएँ: { $languages }
cohort-card-region = क्षेत्र: { $region }
cohort-card-themes = विषय-क्षेत्र: { $themes }
cohort-card-timezone = टाइमज़ोन: { $timezone }
cohort-card-language = बॉट की भाषा: { $language }
cohort-card-members = { $count ->
    [one] { $count } सदस्य
   *[other] { $count } सदस्य
}
cohort-card-names-in-group-on = ग्रुप में मैं उनके नाम बताता हूँ जिन्होंने जवाब नहीं दिया, जो विराम पर हैं और जिन्हें साथी नहीं मिला।
cohort-card-names-in-group-off = ग्रुप में मैं बिना नाम के सिर्फ़ गिनता हूँ कि किसने जवाब नहीं दिया, कौन विराम पर है या किसे साथी नहीं मिला; समन्वयकों को नाम निजी में मिलते हैं।
cohort-card-join-link = जुड़ने का लिंक: <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } रुका हुआ है। /cohort resume तक कुछ भी तय नहीं है।
cohort-paused-until = { $name } { $until } तक रुका हुआ है।
cohort-already-paused = बैच पहले से रुका हुआ है।
cohort-not-paused = बैच रुका हुआ नहीं है।
cohort-resumed = { $name } फिर से सक्रिय है।
cohort-resumed-auto = विराम ख़त्म हुआ: { $name } फिर से सक्रिय है।
cohort-archive-confirm = <b>{ $name }</b> संग्रहीत करें? सदस्य चैट में रहेंगे, पर बैच रुक जाएगा और यहाँ नया बैच बनाया जा सकेगा।
cohort-archived = { $name } संग्रहीत हो गया।
bot-added = नमस्ते! मैं साथियों के साथ सीखने वाले बैच चलाता हूँ। ग्रुप एडमिन <code>/cohort create "नाम"</code> से एक शुरू कर सकते हैं; और देखने के लिए /help भेजें।
room-encrypted = यह रूम एंड-टू-एंड एन्क्रिप्टेड है, और मैं अभी एन्क्रिप्टेड संदेश नहीं पढ़ सकता, इसलिए यहाँ की कमांड का जवाब नहीं मिलता। बैच के लिए बिना एन्क्रिप्शन वाला रूम इस्तेमाल करें, या मुझे चलाने वाले से एन्क्रिप्शन सपोर्ट चालू करने को कहें।
bot-added-with-cohort = फिर से नमस्ते! { $name } बैच अब भी यहाँ है। मैं क्या कर सकता हूँ, यह देखने के लिए /help भेजें।

## सदस्य

cmd-join-summary = इस चैट के बैच से जुड़ें
cmd-join-usage = /join
cmd-leave-summary = इस चैट का बैच छोड़ें
cmd-leave-usage = /leave
cmd-members-summary = बैच के सदस्यों की सूची
cmd-members-usage = /members [--all]
cmd-role-summary = किसी को भूमिका दें
cmd-role-usage = /role @उपयोगकर्ता member|mentor|coordinator
join-welcome = { $name } में आपका स्वागत है, { $person }!
join-welcome-dm = { $name } में आपका स्वागत है! अपने मेंटर और समन्वयकों को अपने बारे में बताइए, यहीं निजी में, <code>/profile set about …</code> से। और देखने के लिए /help भेजें।
join-already = आप पहले से { $name } के सदस्य हैं।
join-in-private = किसी बैच से जुड़ने के लिए उसके ग्रुप में /join भेजें, या उसका जुड़ने का लिंक खोलें।
leave-done = आपने { $name } छोड़ दिया। आपकी प्रोफ़ाइल रखी गई है, अगर आप लौटें; /forgetme सब कुछ मिटा देता है।
leave-not-member = आप { $name } के सदस्य नहीं हैं।
cmd-pause-summary = विराम लें: जब तक यह चले, कोई चेक-इन या जोड़ी आप तक नहीं पहुँचती
cmd-pause-usage = /pause [--until 2026-12-24|2w] (निजी में: [--cohort "नाम"])
cmd-resume-summary = अपना विराम जल्दी ख़त्म करें
cmd-resume-usage = /resume (निजी में: [--cohort "नाम"])
pause-done-until = आप { $until } तक { $name } से विराम पर हैं: कोई चेक-इन, रिमाइंडर या जोड़ी आप तक नहीं पहुँचेगी। /resume इसे जल्दी ख़त्म करता है।
resume-done = { $name } में वापसी पर स्वागत है: चेक-इन फिर से आप तक पहुँचेंगे।
resume-not-paused = आप { $name } से विराम पर नहीं हैं।
pause-ended-dm = { $name } से आपका विराम ख़त्म हुआ: चेक-इन फिर से आप तक पहुँचेंगे। /pause से दूसरा विराम लें।
members-title = <b>{ $name }</b>: { $count ->
    [one] { $count } सदस्य
   *[other] { $count } सदस्य
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] { $count } और सदस्य विराम पर है।
   *[other] { $count } और सदस्य विराम पर हैं।
}
members-left-count = { $count ->
    [one] { $count } और व्यक्ति ने बैच छोड़ दिया।
   *[other] { $count } और लोगों ने बैच छोड़ दिया।
}
members-names-sent-privately = मैंने पूरी सूची आपको निजी में भेज दी है।
members-names-not-in-group = उनके नाम ग्रुप में नहीं दिखाए जाते (/cohort edit --names-in-group yes उन्हें दिखाता है)।
members-none = { $name } में अभी कोई सदस्य नहीं है।
role-set = { $name } अब { $role } हैं।
role-admin-note = { $name } इस चैट के एडमिन हैं और जब तक एडमिन हैं, यहाँ समन्वयक बने रहेंगे।
role-admin-granted-note = { $name } इस चैट के एडमिन भी हैं। दी गई भूमिका उन्हें समन्वयक बनाए रखती है अगर वे एडमिन न रहें; <code>/role @उपयोगकर्ता member</code> उसे वापस लेता है।
members-coordinator = { $source ->
    [admin] समन्वयक (चैट एडमिन)
    [both] समन्वयक (चैट एडमिन, /role से भी दी गई)
   *[granted] समन्वयक (/role से दी गई)
}
members-roles-note = चैट एडमिन तब तक समन्वयक हैं जब तक वे एडमिन हैं। /role से दी गई भूमिका तब तक रहती है जब तक <code>/role @उपयोगकर्ता member</code> उसे वापस न ले।
role-unchanged = { $name } पहले से { $role } हैं।

## /profile

cmd-profile-summary = अपनी प्रोफ़ाइल देखें या बदलें
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = अपनी प्रोफ़ाइल दिखाएँ (समन्वयक: किसी और की, निजी में भेजी जाती है)
cmd-profile-show-usage = /profile [show] [@उपयोगकर्ता] [--cohort "नाम"]
cmd-profile-set-summary = एक फ़ील्ड भरें: languages, region, topics, timezone, capacity, wants-mentor, stage; निजी में preferences और about भी
cmd-profile-set-usage = /profile set फ़ील्ड मान [--cohort "नाम"]
cmd-profile-clear-summary = एक फ़ील्ड ख़ाली करें
cmd-profile-clear-usage = /profile clear फ़ील्ड [--cohort "नाम"]
profile-title = <b>{ $name }</b>, { $cohort } में — { $role }, { $status }
profile-languages = भाषाएँ: { $value }
profile-region = क्षेत्र: { $value }
profile-topics = विषय: { $value }
profile-timezone = टाइमज़ोन: { $value }
profile-capacity = मेंटर बन सकते हैं: { $value ->
    [0] नहीं
    [one] { $value } व्यक्ति के लिए
   *[other] { $value } लोगों के लिए
}
profile-wants-mentor = मेंटर चाहिए: { $value }
profile-about = मेरे बारे में: { $value }
profile-updated = { $cohorts } के लिए आपका { $field } सहेज लिया।
profile-cleared = { $cohorts } के लिए आपका { $field } ख़ाली कर दिया।
profile-no-cohorts = आप अभी किसी बैच में नहीं हैं। किसी बैच के ग्रुप में /join से, या उसके जुड़ने के लिंक से जुड़ें।

## /language और /timezone

cmd-language-summary = वह भाषा चुनें जिसमें मैं आपको लिखूँ
cmd-language-usage = /language [कोड]
cmd-timezone-summary = अपना टाइमज़ोन देखें या सेट करें
cmd-timezone-usage = /timezone [क्षेत्र/शहर]
language-current = मैं आपको { $language } में लिखता हूँ। कोई दूसरी भाषा चुनें:
language-set = अब से मैं आपको { $language } में लिखूँगा।
language-group-note = इस ग्रुप में मैं बैच की भाषा ही बोलता रहूँगा।
timezone-current = आपका टाइमज़ोन: { $timezone } (अभी { $now })।
timezone-set = आपका टाइमज़ोन अब { $timezone } है (अभी { $now })।

## /mydata और /forgetme

cmd-mydata-summary = आपके बारे में मैं जो कुछ रखता हूँ
cmd-mydata-usage = /mydata
cmd-forgetme-summary = आपके बारे में मैं जो कुछ रखता हूँ, सब मिटाएँ
cmd-forgetme-usage = /forgetme
mydata-title = <b>आपके बारे में मैं क्या रखता हूँ</b>
mydata-account = नाम: { $name } (यूज़रनेम: { $username }), { $platform } आईडी { $id }
mydata-settings = भाषा: { $language } (आपका ऐप कहता है: { $hint }), टाइमज़ोन: { $timezone }
mydata-since = { $date } से परिचित
mydata-memberships = { $count ->
    [0] आप किसी बैच में नहीं हैं।
    [one] आप { $count } बैच में हैं:
   *[other] आप { $count } बैचों में हैं:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, { $joined } से
mydata-profile = { "  " }भाषाएँ { $languages }; क्षेत्र { $region }; विषय { $topics }; टाइमज़ोन { $timezone }; मेंटर क्षमता { $capacity }; मेंटर चाहिए { $wantsMentor }; मेरे बारे में: { $about }
mydata-audit = { $count ->
    [0] आपने समन्वयक के रूप में कोई बदलाव नहीं किया है।
    [one] आपके नाम से समन्वयक का { $count } बदलाव दर्ज है।
   *[other] आपके नाम से समन्वयक के { $count } बदलाव दर्ज हैं।
}
mydata-footer = मैं कोई चैट संदेश नहीं रखता, सिर्फ़ चेक-इन और चिंतन में आपके जवाब (ऊपर सूचीबद्ध)। /forgetme यह सब मिटा देता है।
forgetme-confirm = इससे यहाँ आपका खाता, आपकी प्रोफ़ाइल और { $count ->
    [one] { $count } बैच
   *[other] { $count } बैचों
} में आपकी सदस्यता मिट जाएगी। समन्वयक के रूप में आपके किए काम बिना आपके नाम के दर्ज रहेंगे। इसे वापस नहीं किया जा सकता।
forgetme-done = हो गया: आपके बारे में जो कुछ मैंने रखा था, सब मिटा दिया। अगर आप मुझे फिर लिखेंगे, तो मैं शुरू से शुरू करूँगा।

## चेक-इन

cmd-checkin-summary = नियमित चेक-इन: उन्हें देखें; समन्वयक समय तय करते हैं
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = इस बैच के चेक-इन शेड्यूल की सूची
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = बैच के टाइमज़ोन में चेक-इन शेड्यूल जोड़ें
cmd-checkin-schedule-usage = /checkin schedule साप्ताहिक सोम 18:00 | हर 2 हफ़्ते गुरु 09:30 | मासिक पहला मंगल 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = अभी एक चेक-इन भेजें
cmd-checkin-now-usage = /checkin now [संख्या]
cmd-checkin-skip-summary = किसी शेड्यूल का अगला चेक-इन छोड़ें
cmd-checkin-skip-usage = /checkin skip संख्या
cmd-checkin-pause-summary = किसी शेड्यूल को रोकें
cmd-checkin-pause-usage = /checkin pause संख्या
cmd-checkin-resume-summary = रुका हुआ शेड्यूल फिर शुरू करें
cmd-checkin-resume-usage = /checkin resume संख्या
cmd-checkin-delete-summary = शेड्यूल और उसके चेक-इन मिटाएँ
cmd-checkin-delete-usage = /checkin delete संख्या
checkin-question-1 = पिछले चेक-इन के बाद से आपने क्या किया?
checkin-question-2 = आगे आप किस पर काम करेंगे?
checkin-question-3 = क्या कुछ आपको रोक रहा है, या कोई मदद कर सकता है?
checkin-error-pattern = मैं “{ $pattern }” को शेड्यूल के रूप में नहीं पढ़ पाया। आज़माएँ: साप्ताहिक सोम 18:00, हर 2 हफ़्ते गुरु 09:30, मासिक पहला मंगल 17:00, या cron 0 18 * * 1।
checkin-error-weekday = “{ $word }” हफ़्ते का दिन नहीं है (सोम, मंगल, बुध, गुरु, शुक्र, शनि, रवि)।
checkin-error-time = “{ $word }” दिन का समय नहीं है (00:00 से 23:59)।
checkin-error-nth = “{ $word }” पहला, दूसरा, तीसरा, चौथा या आख़िरी नहीं है।
checkin-error-every = “{ $word }” हफ़्ते: 1 से 8 के बीच चुनें।
checkin-error-cron = “{ $field }” सही cron फ़ील्ड नहीं है (मिनट घंटा दिन महीना हफ़्ते-का-दिन)।
checkin-error-never = वह शेड्यूल कभी नहीं आता (वह तारीख मौजूद नहीं है)।
checkin-error-too-often = चेक-इन ज़्यादा से ज़्यादा घंटे में एक बार हो सकते हैं।
checkin-error-span = { $flag } “{ $value }” 10m और 14d के बीच की अवधि नहीं है (जैसे 90m, 6h, 2d)।
checkin-error-remind-window = रिमाइंडर जवाब बंद होने से पहले आना चाहिए: --remind को --window से छोटा करें।
checkin-error-window-overlap = जवाब देने का समय दो चेक-इन के बीच के समय से लंबा है: --window छोटा करें।
checkin-error-digest = “{ $value }” न group है न coordinators।
checkin-error-questions = कृपया ज़्यादा से ज़्यादा { $max ->
    [one] { $max } सवाल
   *[other] { $max } सवाल
}।
checkin-error-question-length = एक सवाल में ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षर
} हो सकते हैं।
checkin-error-no-schedule = यहाँ “{ $id }” नाम का कोई चेक-इन शेड्यूल नहीं है। /checkin list उन्हें दिखाता है।
checkin-error-not-active = शेड्यूल #{ $id } रुका हुआ है: छोड़ने के लिए कोई अगला चेक-इन नहीं है।
checkin-error-already-paused = शेड्यूल #{ $id } पहले से रुका हुआ है।
checkin-error-not-paused = शेड्यूल #{ $id } रुका हुआ नहीं है।
checkin-error-not-member = इस बैच के चेक-इन का जवाब सिर्फ़ इसके सदस्य दे सकते हैं। पहले /join करें।
checkin-error-closed = यह चेक-इन बंद हो गया है: अब जवाब स्वीकार नहीं होते।
checkin-error-on-break = आप इस बैच से विराम पर हैं, इसलिए चेक-इन आपको नहीं गिनते। जवाब देने के लिए पहले /resume करें।
checkin-none-yet = यहाँ अभी कोई चेक-इन तय नहीं है। समन्वयक: /checkin schedule साप्ताहिक सोम 18:00
checkin-scheduled = चेक-इन शेड्यूल #{ $id } तय हो गया।
checkin-list-title = <b>चेक-इन शेड्यूल</b>
checkin-schedule-line = #{ $id }: { $pattern } ({ $timezone }), { $status ->
    [paused] रुका हुआ
   *[other] अगला { $next }
}, जवाब { $window } खुले रहते हैं
checkin-skipped = शेड्यूल #{ $id } का { $when } वाला चेक-इन छोड़ दिया जाएगा।
checkin-paused = शेड्यूल #{ $id } रोक दिया गया।
checkin-resumed = शेड्यूल #{ $id } फिर चल रहा है; अगला चेक-इन { $next }।
checkin-delete-confirm = शेड्यूल #{ $id } ({ $pattern }) को उसके चेक-इन और जवाबों के साथ मिटाएँ? इसे वापस नहीं किया जा सकता।
checkin-deleted = शेड्यूल #{ $id } मिटा दिया गया।
button-checkin-delete-confirm = मिटाएँ
button-checkin-private = निजी में जवाब दें
button-checkin-share = बैच के साथ साझा करें
button-checkin-keep-private = निजी रखें
checkin-prompt = <b>चेक-इन का समय, { $name }!</b> जवाब { $closes } तक खुले हैं।
checkin-prompt-how = यहाँ जवाब देने के लिए इस संदेश का जवाब दें (हर सवाल के लिए एक पंक्ति), या निजी में जवाब दें।
checkin-private-started = मैंने आपको निजी में लिखा है।
checkin-dm-first = मैं आपको पहले नहीं लिख सकता: मेरे साथ निजी चैट खोलें, फिर बटन दोबारा दबाएँ।
checkin-dm-link = { $person }, मैं आपको पहले नहीं लिख सकता। { $link } खोलें और Start दबाएँ: आपके जवाब वहीं शुरू होंगे।
checkin-dm-first-link = मैं आपको पहले नहीं लिख सकता: मेरे भेजे लिंक का इस्तेमाल करें।
checkin-dm-intro = { $name } का चेक-इन। एक बार में एक सवाल का जवाब दें; कोई सवाल छोड़ने के लिए “छोड़ें” लिखें।
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = धन्यवाद! आपने { $total } में से { $answered } के जवाब दिए। अपने जवाब सारांश में साझा करें?
checkin-will-share = आपके जवाब सारांश में दिखेंगे।
checkin-kept-private = आपके जवाब निजी रहेंगे: सारांश में सिर्फ़ आपकी गिनती होगी।
checkin-reflect-offer = क्या आप जो सीखा उस पर एक छोटा चिंतन लिखना चाहेंगे? जब तक आप कुछ और न चुनें, इसे सिर्फ़ आप पढ़ेंगे।
button-reflect-write = चिंतन लिखें
button-reflect-not-now = अभी नहीं
checkin-reflect-ask = अपना चिंतन अगले संदेश में लिखें (या “छोड़ें”)।
checkin-reflect-later = ठीक है। कभी भी: /reflect के बाद कुछ पंक्तियाँ।
button-visibility-mentor = मेरे मेंटर के साथ साझा करें
button-visibility-coordinators = समन्वयकों के साथ साझा करें
button-visibility-cohort = बैच के साथ साझा करें
checkin-answer-saved = धन्यवाद, आपका जवाब दर्ज हो गया।
checkin-reminder-dm = { $name } का चेक-इन जल्द बंद होगा और मुझे अभी तक आपका जवाब नहीं मिला।
checkin-reminder-group = चेक-इन जल्द बंद होगा; अभी बाकी हैं: { $names }।
checkin-reminder-group-count = चेक-इन जल्द बंद होगा; { $count ->
    [one] { $count } व्यक्ति ने अभी तक जवाब नहीं दिया।
   *[other] { $count } लोगों ने अभी तक जवाब नहीं दिया।
}
checkin-digest-title = <b>चेक-इन सारांश, { $name }</b>
checkin-digest-count = { $count ->
    [0] किसी ने भाग नहीं लिया
    [one] { $count } व्यक्ति ने भाग लिया
   *[other] { $count } लोगों ने भाग लिया
} ({ $total } में से)।
checkin-digest-who = धन्यवाद { $names }।
checkin-digest-coordinators-only = जवाब सिर्फ़ समन्वयकों को जाते हैं।
checkin-digest-reflections = <b>साझा किए गए चिंतन</b>
cmd-checkin-stats-summary = पिछले चेक-इन में किसने भाग लिया, और कौन चुप हो गया है (निजी में भेजा जाता है)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = अभी तक कोई चेक-इन बंद नहीं हुआ।
checkin-stats-title = <b>{ $count ->
    [one] पिछले { $count } चेक-इन
   *[other] पिछले { $count } चेक-इन
} में भागीदारी</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, लगातार { $streak }
checkin-stats-inactive = लगातार { $count ->
    [one] { $count } चेक-इन
   *[other] { $count } चेक-इन
} या ज़्यादा छूटे: { $names }
checkin-error-inactive-after = “{ $value }” 0 से 20 तक चेक-इन की संख्या नहीं है (0: कभी नहीं)।
checkin-nudge = नमस्ते { $person }! { $name } के पिछले { $count ->
    [one] { $count } चेक-इन
   *[other] { $count } चेक-इन
} आपसे छूट गए। कोई दबाव नहीं: क्या आप अब भी साथ हैं, दो हफ़्ते का विराम चाहेंगे, या बैच छोड़ना पसंद करेंगे?
button-nudge-in = मैं अब भी साथ हूँ
button-nudge-pause = दो हफ़्ते का विराम
button-nudge-leave = बैच छोड़ें
nudge-still-in = यह सुनकर ख़ुशी हुई! { $name } के अगले चेक-इन में मिलते हैं।
nudge-left = आपने { $name } छोड़ दिया। ग्रुप में /join आपको कभी भी वापस ले आएगा, आपकी प्रोफ़ाइल वैसी ही रहेगी।
mydata-checkins = { $count ->
    [0] आपने किसी चेक-इन का जवाब नहीं दिया।
    [one] आपके चेक-इन जवाब ({ $count }):
   *[other] आपके चेक-इन जवाब ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (साझा: { $shared })

## चिंतन

cmd-reflect-summary = निजी में चिंतन लिखें; चुनें कि इसे कौन पढ़ सकता है
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "नाम"]
cmd-reflections-summary = अपने चिंतनों की सूची, या “shared” के साथ वे जो दूसरों ने आपको पढ़ने दिए (निजी में)
cmd-reflections-usage = /reflections [shared] [--cohort "नाम"]
reflect-error-not-member = चिंतन किसी बैच के होते हैं: पहले /join से किसी बैच में जुड़ें।
reflect-error-too-long = एक चिंतन में ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षर
} हो सकते हैं।
reflect-error-visibility = “{ $value }” me, mentor, coordinators या cohort में से नहीं है।
reflect-saved = { $cohort } में सहेजा गया। { $visibility ->
    [me] इसे सिर्फ़ आप पढ़ सकते हैं।
    [mentor] इसे आप और आपके मेंटर पढ़ सकते हैं।
    [coordinators] इसे आप और समन्वयक पढ़ सकते हैं।
   *[cohort] इसे पूरा बैच पढ़ सकता है, और यह अगले सारांश में दिखेगा।
}
reflections-title = <b>आपके चिंतन</b>
reflections-none = आपने अभी तक कोई चिंतन नहीं लिखा। /reflect … से एक लिखें।
reflections-line = { $date }, { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>आपके साथ साझा किए गए चिंतन</b> (पिछले 90 दिन)
reflections-shared-none = पिछले 90 दिनों में किसी ने आपके साथ कोई चिंतन साझा नहीं किया।
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] आपने कोई चिंतन नहीं लिखा।
    [one] आपके चिंतन ({ $count }):
   *[other] आपके चिंतन ({ $count }):
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }): { $text }

## जोड़ियाँ

cmd-pair-summary = आपके मेंटर या मेंटी; समन्वयक मेंटर और मेंटी की जोड़ी बनाते हैं
cmd-pair-usage = /pair [mentors|confirm] | /pair @मेंटर @मेंटी
cmd-pair-show-summary = आपके मेंटर या मेंटी (समन्वयक: /pair @मेंटर @मेंटी से दो लोगों की जोड़ी हाथ से बनाते हैं)
cmd-pair-show-usage = /pair | /pair @मेंटर @मेंटी
cmd-pair-mentors-summary = मेंटर चाहने वाले हर सदस्य के लिए सबसे अच्छे मेंटर का पूर्वावलोकन, और वजह (निजी में भेजा जाता है)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = पूर्वावलोकन के मेंटरों से पूछें
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = किसी की मेंटरशिप ख़त्म करें (पहले पूछता है)
cmd-unpair-usage = /unpair @उपयोगकर्ता
pair-reason-shared-language = दोनों { $values } बोलते हैं
pair-reason-language-bridging = कोई साझा भाषा नहीं (समन्वयक की अनुमति से)
pair-reason-same-region = दोनों { $values } में
pair-reason-shared-topics = विषय: { $values }
pair-reason-timezone-overlap = जागने के { $values } घंटे साझा
pair-reason-timezone-unknown = टाइमज़ोन पता नहीं
pair-reason-stage-fit = पड़ाव मेल खाते हैं ({ $values })
pair-reason-stage-mismatch = पड़ाव बहुत अलग हैं ({ $values })
pair-reason-shared-preference = एक साझा पसंद
pair-reason-repeat = पहले भी जोड़ी बनी ({ $values })
pair-reason-none = खाली होने के सिवा कोई ख़ास वजह नहीं
pair-preview-title = <b>प्रस्तावित मेंटर</b> ({ $count ->
    [one] { $count } जोड़ी
   *[other] { $count } जोड़ियाँ
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: कोई मेंटर मेल नहीं खाता (कोई साझा भाषा नहीं, या बाहर रखा गया)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: मेल खाने वाले मेंटरों के पास जगह नहीं बची
pair-preview-confirm = /pair confirm इन मेंटरों से पूछता है; /pair mentors फिर से गणना करता है।
pair-confirmed = { $count ->
    [one] मैंने { $count } मेंटर से पूछा।
   *[other] मैंने { $count } मेंटरों से पूछा।
} हर एक के पास जवाब देने के लिए { $hours ->
    [one] { $hours } घंटा
   *[other] { $hours } घंटे
} हैं; जवाब न मिलने पर मेंटी को अगले सबसे अच्छे मेंटर को सुझाया जाता है।
pair-asked-one = मैंने { $mentor } से { $mentee } का मेंटर बनने को कहा।
pair-ask = नमस्ते { $mentor }! क्या आप { $name } में { $mentee } के मेंटर बनेंगे?
pair-why = आप क्यों: { $reasons }।
pair-about = उनके बारे में: { $about }
pair-ask-deadline = कृपया { $when } तक जवाब दें।
button-pair-accept = स्वीकार करें
button-pair-decline = मना करें
pair-answer-late = यह अनुरोध अब खुला नहीं है।
pair-accepted-toast = धन्यवाद! मैंने आप दोनों का परिचय करा दिया।
pair-declined-thanks = बताने के लिए धन्यवाद। मैं किसी और से पूछूँगा।
pair-no-next-mentor = अभी { $name } में { $mentee } के लिए कोई और मेंटर खाली नहीं है। जब किसी के पास जगह हो, /pair mentors फिर से चलाएँ।
pair-intro-mentee = { $person }, { $name } में अपने मेंटर { $other } से मिलिए!
pair-intro-mentor = { $person }, { $name } में अपने मेंटी { $other } से मिलिए!
pair-intro-times = मिलने के कुछ समय (मेंटी के लिए 18:00):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = आपके मेंटर: { $other } ({ $status ->
    [asked] पूछा गया, जवाब का इंतज़ार
   *[other] पक्का
})
pair-mine-mentee = आपके मेंटी: { $other } ({ $status ->
    [asked] आपके जवाब का इंतज़ार
   *[other] पक्का
})
pair-mine-none = इस बैच में अभी आपका कोई मेंटर या मेंटी नहीं है। चाहिए? /profile set wants-mentor yes
pair-error-two-people = दो लोगों के नाम दें: /pair @मेंटर @मेंटी
pair-error-self = कोई अपना ही मेंटर नहीं हो सकता।
pair-error-has-mentor = { $mentee } के पास पहले से मेंटर है (या किसी से पूछा जा रहा है)। पहले /unpair { $mentee }।
pair-error-no-mentors = इस बैच में अभी किसी ने मेंटर बनने की पेशकश नहीं की: सदस्य /profile set capacity 2 से पेशकश करते हैं।
pair-error-no-mentees = कोई मेंटर का इंतज़ार नहीं कर रहा: सदस्य /profile set wants-mentor yes से माँगते हैं।
pair-error-no-preview = पक्का करने के लिए कोई पूर्वावलोकन नहीं है: /pair mentors एक बनाता है।
pair-error-not-paired = { $who } का कोई मेंटर या मेंटी नहीं है।
unpair-confirm = { $who } की { $count ->
    [one] मेंटरशिप
   *[other] { $count } मेंटरशिप
} ख़त्म करें?
button-unpair-confirm = ख़त्म करें
unpair-done = { $count ->
    [one] { $count } मेंटरशिप ख़त्म हुई।
   *[other] { $count } मेंटरशिप ख़त्म हुईं।
}
mydata-mentorships = { $count ->
    [0] आपकी कोई मेंटरशिप नहीं है।
    [one] आपकी मेंटरशिप ({ $count }):
   *[other] आपकी मेंटरशिप ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: { $other } के मेंटर ({ $status })
mydata-mentorship-mentee = • { $cohort }: मेंटर { $other } ({ $status })
cmd-pair-peers-summary = अभी एक साथी दौर चलाएँ: जोड़ियाँ (संख्या विषम हो तो तीन का समूह), जहाँ हो सके नए साथी
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = हर कुछ हफ़्तों में अपने-आप साथी दौर, या बंद; “क्या आप मिले?” तक के दिन
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = अब तक के साथी दौर: समूह, और किसने कहा कि वे मिले (निजी में भेजा जाता है)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>{ $name } में साथी दौर { $number }</b>: अपने साथियों को नमस्ते कहें और बात करने का समय तय करें।
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: इस बार कोई मेल नहीं खाया, माफ़ कीजिए।
pair-round-unplaced-count = • { $count ->
    [one] { $count } व्यक्ति के लिए इस बार कोई मेल नहीं खाया, माफ़ कीजिए।
   *[other] { $count } लोगों के लिए इस बार कोई मेल नहीं खाया, माफ़ कीजिए।
}
pair-round-unplaced-dm = नमस्ते { $person }। { $name } के साथी दौर { $number } में इस बार आपके लिए कोई मेल नहीं खाया, माफ़ कीजिए। अगले दौर में मैं फिर कोशिश करूँगा।
pair-round-unplaced-coordinators = { $name } का साथी दौर { $number }: इस बार { $names } के लिए कोई मेल नहीं खाया। इसे सिर्फ़ समन्वयक पढ़ते हैं।
pair-round-follow-up = { $when } को मैं आप सबसे पूछूँगा कि क्या आप मिले।
pair-round-dm = नमस्ते { $person }! { $name } के साथी दौर { $number } में आप { $others } के साथ हैं। नमस्ते कहें और बात करने का समय तय करें।
pair-met-question = नमस्ते { $person }! क्या आप { $others } से मिले ({ $name } का साथी दौर { $number })?
button-pair-met-yes = हाँ
button-pair-met-no = नहीं
button-pair-met-not-yet = अभी नहीं
pair-met-thanks-yes = बहुत बढ़िया, धन्यवाद!
pair-met-thanks-no = बताने के लिए धन्यवाद। शायद अगले दौर में।
pair-met-thanks-not-yet = नोट किया। आप बाद में भी हाँ कह सकते हैं।
pair-peers-error-paused = { $name } रुका हुआ है: फिर शुरू होने तक कोई साथी दौर नहीं।
pair-peers-error-too-few = साथी दौर के लिए कम से कम दो सक्रिय सदस्य चाहिए (विराम पर सदस्य शामिल नहीं होते)।
pair-rounds-off = साथी दौर बंद हैं। /pair rounds every 2w उन्हें शुरू करता है; “क्या आप मिले?” हर दौर के { $days ->
    [one] { $days } दिन
   *[other] { $days } दिन
} बाद आता है।
pair-rounds-on = साथी दौर { $weeks ->
    [1] हर हफ़्ते
    [one] हर { $weeks } हफ़्ते
   *[other] हर { $weeks } हफ़्ते
}; अगला { $next } को। “क्या आप मिले?” हर दौर के { $days ->
    [one] { $days } दिन
   *[other] { $days } दिन
} बाद आता है।
pair-rounds-set = साथी दौर { $weeks ->
    [1] हर हफ़्ते
    [one] हर { $weeks } हफ़्ते
   *[other] हर { $weeks } हफ़्ते
}; पहला { $next } को। /pair peers अभी एक चलाता है।
pair-rounds-turned-off = साथी दौर बंद हैं।
pair-rounds-follow-up-set = “क्या आप मिले?” हर दौर के { $days ->
    [one] { $days } दिन
   *[other] { $days } दिन
} बाद आएगा।
pair-rounds-error-usage = बताइए कितनी बार: /pair rounds every 2w, /pair rounds every 1w या /pair rounds off।
pair-rounds-error-weeks = दौर हर 1 से { $max ->
    [one] { $max } हफ़्ते
   *[other] { $max } हफ़्ते
} में होते हैं, जैसे /pair rounds every 2w।
pair-rounds-error-days = “क्या आप मिले?” दौर के 1 से { $max ->
    [one] { $max } दिन
   *[other] { $max } दिन
} बाद आता है, जैसे /pair rounds follow-up 3d।
pair-stats-none = अभी तक कोई साथी दौर नहीं हुआ: /pair peers एक चलाता है।
pair-stats-title = <b>साथी दौर</b> ({ $count })
pair-stats-line = • दौर { $number } ({ $date }): { $groups ->
    [one] { $groups } समूह
   *[other] { $groups } समूह
}, { $people ->
    [one] { $people } व्यक्ति
   *[other] { $people } लोग
}। मिले: हाँ { $yes }, नहीं { $no }, अभी नहीं { $notYet }, कोई जवाब नहीं { $unanswered }
cmd-avoid-summary = किसी के साथ कभी जोड़ी न बने (निजी; उन्हें नहीं बताया जाता)
cmd-avoid-usage = /avoid [@उपयोगकर्ता] [--remove] [--cohort "नाम"]
avoid-title = <b>लोग जिनके साथ आपकी जोड़ी कभी नहीं बनेगी</b>
avoid-line = • { $cohort }: { $names }
avoid-none = आप किसी से नहीं बचते। यहीं निजी में /avoid @उपयोगकर्ता भेजें, और मैं कभी आपकी उनके साथ जोड़ी नहीं बनाऊँगा; उन्हें नहीं बताया जाता।
avoid-added = नोट किया: मैं कभी आपकी { $who } के साथ जोड़ी नहीं बनाऊँगा ({ $cohorts } में)। उन्हें नहीं बताया जाता।
avoid-removed = { $who } के साथ आपकी जोड़ी फिर बन सकती है ({ $cohorts } में)।
avoid-error-self = आप ख़ुद से नहीं बच सकते।
avoid-error-no-shared-cohort = { $who } के साथ आपका कोई साझा बैच नहीं है।
error-bad-stage = “{ $value }” कोई पड़ाव नहीं है। इनमें से चुनें: { $stages }।
field-preferences = पसंद
profile-stage = पड़ाव: { $value }
profile-preferences = जोड़ी की पसंद (सिर्फ़ आप देखते हैं): { $value }
mydata-matching = { "  " }पड़ाव { $stage }; जोड़ी की पसंद { $preferences }; जिनसे आप बचते हैं: { $avoid }
cmd-pair-settings-summary = देखें या बदलें कि मेंटरों की जोड़ी कैसे बनती है: बिना साझा भाषा, जवाब का समय
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = जोड़ी की सेटिंग: बिना साझा भाषा वाली जोड़ियाँ: { $bridging }; मेंटर { $hours ->
    [one] { $hours } घंटे
   *[other] { $hours } घंटों
} में जवाब देते हैं।
pair-settings-saved = सहेजा गया। बिना साझा भाषा वाली जोड़ियाँ: { $bridging }; मेंटर { $hours ->
    [one] { $hours } घंटे
   *[other] { $hours } घंटों
} में जवाब देते हैं।
pair-error-answer-within = “{ $value }” 12h से 14d तक का समय नहीं है (जैसे 48h या 3d)।
pair-decline-why = चाहें तो वजह बताएँ (एक टैप)। इसे सिर्फ़ समन्वयक देखते हैं; { $mentee } को नहीं बताया जाता कि किसने मना किया।
button-decline-no-time = अभी समय नहीं है
button-decline-topics = मेरे विषय नहीं
button-decline-other = कोई और वजह
pair-decline-noted = धन्यवाद। आपकी वजह सिर्फ़ समन्वयक देखते हैं; { $mentee } को नहीं बताया जाता कि किसने मना किया।
pair-preview-declined = • { $mentor } ने { $mentee } के लिए मना किया ({ $reason ->
    [no-time] अभी समय नहीं
    [topics] उनके विषय नहीं
    [other] कोई और वजह
   *[none] कोई वजह नहीं दी
})
mydata-peer-groups = { $count ->
    [0] आप किसी साथी दौर में नहीं थे।
    [one] आपका साथी दौर ({ $count }):
   *[other] आपके साथी दौर ({ $count }):
}
mydata-peer-group = • { $cohort }, दौर { $round }: { $others } के साथ (आप मिले: { $answer })

# निजता: सिर्फ़ एक व्यक्ति के लिए जानकारी, ग्रुप में लिखी निजी कमांड, कौन-सा बैच (docs/privacy.md)
private-view-sent = { $person }, मैंने इसे आपको निजी में भेज दिया।
private-view-link = { $person }, यह सिर्फ़ आपके लिए है, इस ग्रुप के लिए नहीं: <a href="{ $link }">मेरे साथ निजी चैट खोलें</a> और मैं इसे वहाँ भेज दूँगा।
private-view-write-first = { $person }, यह सिर्फ़ आपके लिए है, इस ग्रुप के लिए नहीं: पहले मुझे निजी में लिखें, फिर वहाँ { $command } भेजें।
private-refused = { $command } निजी है, इसलिए यह सिर्फ़ मेरे साथ निजी चैट में काम करता है।
private-refused-deleted = मैंने आपका संदेश ग्रुप से हटा दिया।
private-refused-dm = { $person }, मैंने आपको निजी में लिखा है: वहीं जारी रखें।
private-refused-link = <a href="{ $link }">मेरे साथ निजी चैट में जारी रखें</a>।
private-refused-write-first = मुझे निजी में लिखें और वहाँ भेजें।
private-continue = आपने ग्रुप में { $command } आज़माया। यहाँ यह हमारे बीच रहेगा: { $usage }
private-continue-here = यहाँ यह हमारे बीच रहेगा: { $usage }
start-link-expired = यह लिंक अब मान्य नहीं है। कमांड यहाँ दोबारा भेजें: यह निजी में भी काम करती है।
cohort-choice-ask = { $command } किस बैच के लिए है?
cohort-choice-none = आप किसी ऐसे बैच में नहीं हैं जहाँ आप { $command } इस्तेमाल कर सकें।
cohort-choice-gone = वह बैच अब आपका नहीं है (या अब आप उसके समन्वयक नहीं हैं)।
cohort-choice-name-it = आप कई बैचों में हैं: एक का नाम दें, जैसे { $command } --cohort "नाम"। आपके बैच: { $cohorts }।
error-cohort-not-here = इस ग्रुप का बैच { $name } है, “{ $value }” नहीं।
profile-private-hint = आपकी जोड़ी की पसंद और “मेरे बारे में” पाठ निजी हैं: उन्हें देखने के लिए मुझे निजी में /profile भेजें।
pair-ask-privacy = आपका जवाब और दी गई वजह सिर्फ़ समन्वयक देखते हैं; { $mentee } को नहीं बताया जाता कि किसने मना किया।
pair-ask-privacy-group = यहाँ कोई नहीं देखता कि आप कौन-सा बटन दबाते हैं: आपका जवाब सिर्फ़ समन्वयकों को पता चलता है।
pair-declined-toast-private = धन्यवाद। मैंने आपको निजी में लिखा है।
pair-declined-toast = धन्यवाद। आपका जवाब सिर्फ़ समन्वयकों को पता चलता है।
pair-no-next-mentor-group = इस बैच में कोई अब भी मेंटर का इंतज़ार कर रहा है। समन्वयक: किसी मेंटर के पास जगह हो तो /pair mentors।
mydata-mentorship-looking = • { $cohort }: मैं आपके लिए मेंटर ढूँढ रहा हूँ

## मानों के लिए शब्द, और लोगों के लिखे कीवर्ड (docs/localization.md)

field-timezone = टाइमज़ोन
field-capacity = मेंटर क्षमता
field-wants-mentor = “मेंटर चाहिए”
field-stage = पड़ाव
stage-name = { $stage ->
    [newcomer] नवागंतुक
    [contributor] योगदानकर्ता
    [organizer] आयोजक
   *[experienced] अनुभवी
}
visibility-name = { $visibility ->
    [me] सिर्फ़ आप
    [mentor] आपके मेंटर
    [coordinators] समन्वयक
   *[cohort] पूरा बैच
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = छोड़ें, छोड़ो, अगला
keyword-weekly = साप्ताहिक
keyword-every = हर, प्रत्येक
keyword-weeks = हफ़्ते, हफ़्ता, सप्ताह, हफ्ते, हफ्ता
keyword-monthly = मासिक
keyword-first = पहला, पहले, पहली
keyword-second = दूसरा, दूसरे, दूसरी
keyword-third = तीसरा, तीसरे, तीसरी
keyword-fourth = चौथा, चौथे, चौथी
keyword-last = आख़िरी, आखिरी, अंतिम
keyword-ignore = {""}

## Gatherings and the follow-up loop (src/features/gatherings)
cmd-gathering-summary = इस बैच की सभाएँ: घोषणा, जवाब, रिपोर्ट
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [संख्या]
cmd-gathering-list-summary = आने वाली सभाएँ
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = एक सभा, अब तक के जवाबों के साथ (गिनती)
cmd-gathering-show-usage = /gathering show संख्या
cmd-gathering-create-summary = सभा की घोषणा करें (समय बैच के टाइमज़ोन में, या --timezone से)
cmd-gathering-create-usage = /gathering create "शीर्षक" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone क्षेत्र/शहर]
cmd-gathering-edit-summary = सभा बदलें; नया समय हर रिमाइंडर को भी खिसका देता है
cmd-gathering-edit-usage = /gathering edit संख्या [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = सभा रद्द करें (पहले पूछता है; जवाब देने वाले हर व्यक्ति को बताया जाता है)
cmd-gathering-cancel-usage = /gathering cancel संख्या
cmd-gathering-report-summary = किसी सभा के जवाब, उपस्थिति और संकल्प (आपको निजी में भेजे जाते हैं)
cmd-gathering-report-usage = /gathering report संख्या
cmd-gathering-mark-summary = शुरू होने के बाद किसी को उपस्थित या अनुपस्थित दर्ज करें
cmd-gathering-mark-usage = /gathering mark संख्या @उपयोगकर्ता present|absent
cmd-here-summary = बताएँ कि आप अभी चल रही सभा में मौजूद हैं
cmd-here-usage = /here [संख्या] [कोड]
cmd-commit-summary = बताएँ कि सभा के बाद आप क्या आज़माएँगे (ज़्यादा से ज़्यादा 3; जब तक आप साझा न करें, सिर्फ़ आप पढ़ते हैं)
cmd-commit-usage = /commit आप क्या आज़माएँगे [--visibility me|mentor|coordinators] [--gathering संख्या] [--by YYYY-MM-DD] [--cohort "नाम"]
cmd-commitments-summary = आपके संकल्प और वे कैसे चल रहे हैं
cmd-commitments-usage = /commitments
field-gathering-title = शीर्षक
field-gathering-capacity = क्षमता
field-gathering-number = सभा संख्या
field-place = जगह
field-description = विवरण
field-commitment = संकल्प
button-gathering-going = शामिल हूँ
button-gathering-maybe = शायद
button-gathering-no = शामिल नहीं
button-gathering-here = मैं यहाँ हूँ
button-gathering-cancel-confirm = हाँ, रद्द करें
button-commitment-done = हो गया
button-commitment-partly = कुछ हद तक
button-commitment-not-yet = अभी नहीं
button-commitment-let-go = छोड़ दें
gathering-card-title = <b>#{ $number } { $title }</b>
gathering-card-when = कब: { $when }
gathering-card-place = कहाँ: { $place }
gathering-card-online = ऑनलाइन: { $url }
gathering-card-capacity = स्थान: { $capacity }
gathering-card-description = { $description }
gathering-created = नई सभा:
gathering-edited = सभा बदली गई:
gathering-rsvp-prompt = क्या आप आएँगे? एक जवाब दबाएँ; आप इसे बाद में बदल सकते हैं।
gathering-dst-gap = जिस रात घड़ियाँ आगे की जाती हैं, उस रात यह समय होता ही नहीं: मैंने उसके बाद का पहला समय लिया।
gathering-dst-ambiguous = जिस रात घड़ियाँ पीछे की जाती हैं, उस रात यह समय दो बार आता है: मैंने पहला लिया।
gathering-counts = आ रहे हैं: { $going } · शायद: { $maybe } · नहीं आ रहे: { $no } · प्रतीक्षा सूची: { $waitlist } · उपस्थित: { $present }
gathering-rsvp-going = आप “{ $title }” में आ रहे हैं: { $when }।
gathering-rsvp-maybe = “{ $title }” के लिए शायद: { $when }।
gathering-rsvp-no = दर्ज किया: आप “{ $title }” में नहीं आ रहे हैं।
gathering-rsvp-waitlist = “{ $title }” भर चुकी है: आप प्रतीक्षा सूची में हैं, जगह खाली होने पर मैं आपको बताऊँगा।
gathering-promoted = एक जगह खाली हुई: अब आप “{ $title }” में आ रहे हैं, { $when }।
gathering-list-title = आने वाली सभाएँ:
gathering-list-line = #{ $number } { $title }: { $when }
gathering-list-none = कोई आने वाली सभा नहीं है। समन्वयक /gathering create से घोषणा करते हैं।
gathering-is-cancelled = यह सभा रद्द कर दी गई।
gathering-cancel-confirm = “{ $title }” रद्द करें? { $count ->
    [0] अभी तक किसी ने जवाब नहीं दिया है।
    [one] जवाब देने वाले एक व्यक्ति को बताया जाएगा।
   *[other] जवाब देने वाले { $count } लोगों को बताया जाएगा।
}
gathering-cancelled = सभा #{ $number } “{ $title }” रद्द कर दी गई।
gathering-cancelled-dm = “{ $title }” ({ $when }) रद्द कर दी गई है। योजना बदलने के लिए क्षमा करें।
gathering-reminder = { $kind ->
    [week] एक हफ़्ते में:
    [day] कल:
   *[hour] एक घंटे में:
} { $answer ->
    [maybe] (आपने शायद कहा था)
   *[going] (आपने आने को कहा था)
}
gathering-reminder-link = “{ $title }” 10 मिनट में शुरू हो रही है। यहाँ जुड़ें: { $url }
gathering-starts-now = #{ $number } “{ $title }” शुरू हो रही है। यहाँ हैं? बटन दबाएँ (या /here लिखें)।
gathering-here-recorded = स्वागत है! “{ $title }” में आपकी उपस्थिति दर्ज हो गई।
gathering-marked-present = { $name } को “{ $title }” में उपस्थित दर्ज किया गया।
gathering-marked-absent = { $name } को “{ $title }” से अनुपस्थित दर्ज किया गया।
gathering-commit-ask = “{ $title }” ({ $cohort }) में आने के लिए धन्यवाद। अगले कुछ हफ़्तों में आप क्या आज़माएँगे? एक से तीन बातें लिखें, हर एक /commit के साथ, जैसे: <code>/commit पहला एडिट-अ-थॉन आयोजित करना</code>। इन्हें सिर्फ़ आप पढ़ते हैं, जब तक आप --visibility mentor या coordinators न जोड़ें। मैं एक हफ़्ते, एक महीने और तीन महीने बाद पूछूँगा कि कैसा चल रहा है।
gathering-followup-week = “{ $title }” के एक हफ़्ते बाद: “{ $text }” कैसा चल रहा है?
gathering-followup-later = “{ $title }” के बाद आप यह आज़माना चाहते थे: “{ $text }”। क्या आपने किया?
commitment-answer-done = शाबाश! “{ $text }” पूरा हुआ।
commitment-answer-partly = दर्ज किया: कुछ हद तक हुआ। मैं बाद में फिर पूछूँगा।
commitment-answer-not-yet = दर्ज किया: अभी नहीं। मैं बाद में फिर पूछूँगा; अगर कुछ अटका रहा है तो आपके मेंटर या कोई समन्वयक मदद कर सकते हैं।
commitment-answer-let-go = दर्ज किया: आपने “{ $text }” छोड़ दिया। मैं इसके बारे में फिर नहीं पूछूँगा।
commit-saved = “{ $title }” के लिए सहेजा गया। { $visibility ->
    [mentor] आप और आपके मेंटर इसे पढ़ सकते हैं।
    [coordinators] आप और समन्वयक इसे पढ़ सकते हैं।
   *[me] सिर्फ़ आप इसे पढ़ सकते हैं।
} { $left ->
    [0] तीन हो गए: मैं पूछूँगा कि वे कैसे चल रहे हैं।
    [one] आप एक और जोड़ सकते हैं।
   *[other] आप { $left } और जोड़ सकते हैं।
}
commit-error-no-gathering = आपकी कोई हाल की सभा नहीं मिली जिसके तहत इसे रखूँ। --gathering संख्या से किसी एक का नाम दें।
commit-error-too-many = इस सभा के लिए आपके पहले से { $max ->
    [one] { $max } संकल्प
   *[other] { $max } संकल्प
} हैं: कम संकल्प, जिन पर ध्यान दिया जाए, बेहतर काम करते हैं।
commit-error-visibility = “{ $value }” न me है, न mentor, न coordinators।
commitments-title = आपके संकल्प:
commitments-line = • { $cohort }, “{ $title }”: { $text } ({ $status })
commitments-none = आपका अभी कोई संकल्प नहीं है। किसी सभा के बाद, /commit से लिखें कि आप क्या आज़माएँगे।
gathering-error-bad-date = “{ $value }” ऐसी तारीख और समय नहीं जिसे मैं समझ सकूँ। इसे ऐसे लिखें: 2027-03-14 10:00।
gathering-error-past = वह समय बीत चुका है।
gathering-error-too-far = यह दो साल से ज़्यादा आगे है।
gathering-error-end-before-start = अंत शुरुआत के बाद होना चाहिए।
gathering-error-too-long = एक सभा ज़्यादा से ज़्यादा 14 दिन चल सकती है।
gathering-error-bad-link = “{ $value }” वेब लिंक नहीं है: सिर्फ़ http:// और https:// लिंक स्वीकार होते हैं।
gathering-error-link-too-long = यह लिंक बहुत लंबा है (ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षर
})।
gathering-error-unknown = इस बैच में सभा #{ $number } नहीं है। /gathering list उन्हें दिखाता है।
gathering-error-unknown-button = यह सभा अब मौजूद नहीं है।
gathering-error-cancelled = यह सभा रद्द कर दी गई।
gathering-error-finished = यह सभा खत्म हो चुकी है।
gathering-error-not-started = यह सभा अभी शुरू नहीं हुई है।
gathering-error-not-now = अभी कोई सभा नहीं चल रही: “मैं यहाँ हूँ” शुरुआत से आधा घंटा पहले से अंत तक गिना जाता है।
gathering-error-join-first = सिर्फ़ इस बैच के सदस्य जवाब दे सकते हैं: पहले /join करें।
gathering-error-nothing-to-change = बदलने को कुछ नहीं: कम से कम एक --flag दें।
gathering-summary-intro = { $days ->
    [one] { $days } दिन
   *[other] { $days } दिन
} बाद फ़ॉलो-अप कैसा चल रहा है:
gathering-report-title = <b>#{ $number } { $title }</b>
gathering-report-commitments = संकल्प: { $people ->
    [one] { $people } व्यक्ति
   *[other] { $people } लोगों
} से { $count } · पूरे { $done } · कुछ हद तक { $partly } · अभी नहीं { $not-yet } · छोड़े गए { $let-go } · खुले { $open }
gathering-report-shared = समन्वयकों के साथ साझा:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }, उपस्थित: { $present }
mydata-gatherings = { $count ->
    [0] आपने किसी सभा का जवाब नहीं दिया है।
    [one] सभाओं के लिए आपके जवाब (एक):
   *[other] सभाओं के लिए आपके जवाब ({ $count }):
}
mydata-gathering = • { $cohort }, “{ $title }”: { $answer }, उपस्थित: { $present }
mydata-commitments = { $count ->
    [0] आपने कोई संकल्प नहीं लिया है।
    [one] आपके संकल्प (एक):
   *[other] आपके संकल्प ({ $count }):
}
mydata-commitment = • { $cohort } ({ $status }, { $visibility }): { $text }
report-gatherings-title = सभाएँ: जवाब, उपस्थिति और संकल्प
report-gathering-line = #{ $number } { $title }: { $going } आ रहे, { $present } उपस्थित; { $commitments ->
    [one] { $commitments } संकल्प
   *[other] { $commitments } संकल्प
}: { $done } पूरे, { $partly } कुछ हद तक, { $open } खुले
report-gathering-going = आ रहे
report-gathering-present = उपस्थित
report-gathering-axis = सभा
report-gathering-count = लोग
gathering-rsvp-noted = दर्ज किया। मैंने आपको विवरण निजी में भेज दिया है।
gathering-moved = “{ $title }” का नया समय: { $when }।
commitment-answer-not-yet-mentor = दर्ज किया: अभी नहीं। क्या कुछ अटका रहा है? आपके मेंटर { $mentor } मदद कर सकते हैं: एक बटन दबाने पर मैं उन्हें बता दूँगा कि आप क्या आज़माना चाहते थे।
button-commitment-ask-mentor = मेरे मेंटर से मदद माँगें
commitment-help-to-mentor = { $mentee } ({ $cohort }) सभा के बाद जो आज़माना चाहते थे उसमें अटके हैं: “{ $text }”। क्या आप उनसे संपर्क कर सकते हैं?
commitment-help-sent = मैंने { $mentor } को बता दिया है। वे आपसे संपर्क करेंगे।
commitment-help-unreachable = मैं अभी { $mentor } को निजी में नहीं लिख सकता: कृपया उनसे सीधे संपर्क करें।
cmd-hope-summary = सभा से पहले आयोजकों को बताएँ कि आप क्या सीखना चाहते हैं या किसमें मदद चाहते हैं
cmd-hope-usage = /hope आप क्या सीखना चाहते हैं [--gathering संख्या] [--cohort "नाम"] (/hope - इसे मिटाता है)
field-intention = उम्मीद
gathering-reminder-hope = आप क्या सीखने या किसमें मदद पाने की उम्मीद रखते हैं? /hope … से आयोजकों को निजी में बताएँ
hope-saved = धन्यवाद: “{ $title }” के आयोजक इसे पढ़ेंगे (सिर्फ़ वे और आप)।
hope-cleared = “{ $title }” के लिए मिटा दिया गया।
hope-error-no-gathering = आने वाली कोई सभा नहीं मिली जिसका आपने जवाब दिया हो। पहले किसी का जवाब दें, या --gathering संख्या से उसका नाम दें।
hope-error-started = वह सभा शुरू हो चुकी है।
gathering-report-hopes = लोग क्या सीखने की उम्मीद रखते हैं:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope = { "  " }आप क्या सीखने की उम्मीद रखते हैं: { $text }
## Surveys (src/features/surveys)
cmd-survey-summary = सर्वे: टेम्पलेट, बनाना, भेजना, नतीजे, बंद करना (समन्वयक)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = तैयार सर्वे: सभा के बाद, 30 दिन बाद, स्व-मूल्यांकन
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = टेम्पलेट से, या छोटी परिभाषा से सर्वे बनाएँ (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create शीर्षक + हर पंक्ति में एक सवाल
cmd-survey-edit-summary = सर्वे के सवाल बदलें (किसी के जवाब देने के बाद नया संस्करण)
cmd-survey-edit-usage = /survey edit आईडी + नई परिभाषा
cmd-survey-show-summary = सर्वे के सवालों का पूर्वावलोकन (आपको निजी में भेजा जाता है)
cmd-survey-show-usage = /survey show आईडी
cmd-survey-send-summary = सर्वे बैच को भेजें, हर व्यक्ति को निजी में
cmd-survey-send-usage = /survey send आईडी [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = सर्वे के नतीजे: किसी सवाल का नतीजा तभी दिखता है जब कम से कम समूह के सबसे छोटे दिखाए जाने वाले समूह जितने लोगों ने जवाब दिया हो (आपको निजी में भेजे जाते हैं)
cmd-survey-results-usage = /survey results आईडी [--group]
cmd-survey-close-summary = सर्वे बंद करें: और जवाब नहीं
cmd-survey-close-usage = /survey close आईडी
cmd-survey-list-summary = बैच के सर्वे
cmd-survey-list-usage = /survey list
cmd-surveys-summary = आपके खुले सर्वे, जवाब देने या जवाब बदलने के लिए (निजी में)
cmd-surveys-usage = /surveys
button-survey-skip = छोड़ें
button-survey-done = हो गया
button-survey-yes = हाँ
button-survey-no = नहीं
button-survey-answer = “{ $title }” का जवाब दें
button-survey-change = “{ $title }” के मेरे जवाब बदलें
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (गुमनाम: कोई भी, समन्वयक भी नहीं, देख सकता कि कौन-से जवाब आपके हैं)
   *[no] (समन्वयक आपके जवाब देखते हैं; नतीजों में सिर्फ़ { $k ->
        [one] { $k } या ज़्यादा लोगों
       *[other] { $k } या ज़्यादा लोगों
    } के कुल आँकड़े दिखते हैं)
}
survey-dm-question = सवाल { $n } ({ $total } में से):
survey-dm-text-hint = छोटे से लिखित जवाब से उत्तर दें।
survey-dm-text-hint-optional = छोटे से लिखित जवाब से उत्तर दें, या “छोड़ें” लिखें।
survey-dm-multi-hint = जितने लागू हों सब चुनें, फिर “हो गया” दबाएँ।
survey-dm-scale-hint = { $min } से { $max } तक।
survey-answer-saved = सहेजा गया।
survey-thanks = आपके जवाबों के लिए धन्यवाद!
survey-done-anonymous = आपके जवाब आपके नाम के बिना रखे गए। अब उन्हें बदला नहीं जा सकता।
survey-done-named = समय-सीमा तक आप /surveys से अपने जवाब बदल सकते हैं।
survey-changing = जब तक आप नए जवाब न दें, आपके पुराने जवाब बने रहेंगे।
survey-already-answered = आप इस सर्वे का जवाब पहले ही दे चुके हैं।
survey-invite-group = एक छोटा सर्वे, “{ $title }”। अगर मैंने आपको इसके बारे में निजी में नहीं लिखा है, तो वहाँ जवाब देने के लिए { $link } खोलें।
survey-invite-group-nolink = एक छोटा सर्वे, “{ $title }”। अगर मैंने आपको इसके बारे में निजी में नहीं लिखा है, तो मुझे वहाँ लिखें और /surveys भेजें।
survey-reminder = याद दिला दूँ: “{ $title }” लगभग { $left ->
    [one] { $left } घंटे
   *[other] { $left } घंटे
} में बंद हो जाएगा। जवाब देने या जारी रखने के लिए /surveys भेजें।
survey-error-definition = इस सर्वे की परिभाषा मान्य नहीं है ({ $where } पर)। प्रारूप के लिए docs/surveys.md देखें।
survey-error-json = यह JSON पढ़ा नहीं जा सकता।
survey-error-line = पंक्ति { $n } सवाल नहीं है। “प्रकार: सवाल” लिखें, जैसे “scale5: यह कितना उपयोगी था?”।
survey-error-type = पंक्ति { $n }: “{ $type }” सवाल का प्रकार नहीं है। single, multi, scale5, scale10, yesno या text इस्तेमाल करें।
survey-error-too-long = यह परिभाषा बहुत लंबी है (ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षर
})।
survey-error-too-many = एक सर्वे में ज़्यादा से ज़्यादा { $max ->
    [one] { $max } सवाल
   *[other] { $max } सवाल
} होते हैं।
survey-error-no-template = “{ $name }” नाम का कोई टेम्पलेट नहीं है। टेम्पलेट: { $templates }।
survey-error-no-themes = स्व-मूल्यांकन बैच के विषयों के बारे में पूछता है, और इस बैच का कोई विषय नहीं है। उन्हें /cohort edit --themes "…" से जोड़ें।
survey-error-not-found = इस बैच में सर्वे { $id } नहीं है। /survey list देखें।
survey-error-not-member = आप इस सर्वे के बैच में नहीं हैं।
survey-error-closed = यह सर्वे बंद हो चुका है।
survey-error-unknown = यह सर्वे अब मौजूद नहीं है।
survey-error-remind = “{ $value }” 1d या 12h जैसी समय-अवधि नहीं है।
survey-error-range = कृपया { $min } से { $max } तक की किसी संख्या से जवाब दें।
survey-error-required = इस सवाल का जवाब ज़रूरी है।
survey-error-use-buttons = कृपया सवाल के बटनों से जवाब दें।
survey-error-answer-too-long = यह जवाब बहुत लंबा है (ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षर
})।
survey-created = सर्वे { $number } तैयार है: “{ $title }”, { $questions ->
    [one] { $questions } सवाल
   *[other] { $questions } सवाल
}, { $anonymous ->
    [yes] गुमनाम
   *[no] नाम सहित
}। इसे /survey show { $number } से जाँचें, /survey send { $number } से भेजें।
survey-edited = सर्वे { $number } अब संस्करण { $version } में है। पहले दिए गए जवाब उसी संस्करण के साथ रहते हैं जिसका जवाब दिया गया था।
survey-sent = सर्वे { $number } भेजा गया: { $dm } को निजी में, { $group } को यहाँ लिंक से। समय-सीमा: { $deadline }।
survey-closed = सर्वे { $number } बंद हो गया। /survey results { $number } देखें।
survey-list-title = <b>सर्वे</b>
survey-list-none = अभी कोई सर्वे नहीं। /survey templates से शुरू करें।
survey-list-line = { $number }. { $title } ({ $status }, { $anonymous ->
    [yes] गुमनाम
   *[no] नाम सहित
})
survey-show-title = <b>सर्वे { $number }: { $title }</b> ({ $status }, { $anonymous ->
    [yes] गुमनाम
   *[no] नाम सहित
})
survey-show-if = सिर्फ़ तब जब { $question } = { $equals }
survey-show-optional = (वैकल्पिक)
survey-show-deadline = समय-सीमा: { $at }
survey-templates-title = <b>सर्वे टेम्पलेट</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = /survey create नाम [--anonymous] से एक बनाएँ।
survey-results-title = <b>सर्वे { $number } के नतीजे: { $title }</b> ({ $status })
survey-results-none = अभी कोई जवाब नहीं।
survey-results-version = <b>संस्करण { $n }</b>
survey-results-people = { $n ->
    [one] { $n } व्यक्ति ने जवाब दिया।
   *[other] { $n } लोगों ने जवाब दिया।
}
survey-results-answered = { $n ->
    [one] { $n } जवाब
   *[other] { $n } जवाब
}
survey-results-option = { $option }: { $n } ({ $pct }%)
survey-results-scale = औसत { $mean }, माध्यिका { $median } ({ $max } में से)
survey-results-texts-hidden = लिखित जवाब सिर्फ़ समन्वयकों को दिखाए जाते हैं।
survey-change-title = <b>पहले और बाद में</b> (सर्वे { $before } → सर्वे { $after })
survey-change-paired = { $question }: औसतन { $change }, { $n ->
    [one] उस { $n } व्यक्ति के लिए जिसने दोनों का जवाब दिया
   *[other] उन { $n } लोगों के लिए जिन्होंने दोनों का जवाब दिया
}
survey-change-means = { $question }: { $before } → { $after } ({ $change })
surveys-title = <b>आपके खुले सर्वे</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] जवाब दिया
    [started] शुरू किया
   *[new] शुरू नहीं किया
}, { $deadline } तक)
surveys-none = आपका कोई खुला सर्वे नहीं है।
survey-mydata-named = • सर्वे “{ $title }” के आपके जवाब:
survey-mydata-skipped = (छोड़ा गया)
survey-mydata-anonymous = • गुमनाम सर्वे में दिए आपके जवाब बिना नाम या किसी आईडी के रखे जाते हैं: मैं नहीं बता सकता कि कौन-से आपके हैं, इसलिए उन्हें न दिखा सकता हूँ, न मिटा सकता हूँ।
survey-report-title = सर्वे
survey-report-line = { $title }: { $people ->
    [one] { $people } व्यक्ति ने जवाब दिया
   *[other] { $people } लोगों ने जवाब दिया
}
survey-tpl-feedback-title = सभा के बाद
survey-tpl-feedback-about = सभा के ठीक बाद प्रतिक्रिया (5 सवाल)
survey-tpl-feedback-intro = सभा के बारे में कुछ सवाल, ताकि अगली सभा और बेहतर हो।
survey-tpl-feedback-useful = कुल मिलाकर, यह सभा आपके लिए कितनी उपयोगी रही?
survey-tpl-feedback-best = आपको सबसे ज़्यादा किस चीज़ से मदद मिली?
survey-tpl-feedback-best-sessions = सत्र
survey-tpl-feedback-best-people = लोगों से मिलना
survey-tpl-feedback-best-practice = हाथों-हाथ अभ्यास
survey-tpl-feedback-best-materials = सामग्री
survey-tpl-feedback-again = क्या आप ऐसी सभा में फिर आएँगे?
survey-tpl-feedback-why-not = क्यों नहीं?
survey-tpl-feedback-change = अगली बार हमें क्या बदलना चाहिए?
survey-tpl-followup-title = 30 दिन बाद
survey-tpl-followup-about = एक महीने बाद: लोगों ने क्या इस्तेमाल किया, किस चीज़ ने रोका (5 सवाल)
survey-tpl-followup-intro = एक महीना हो गया। आपने जो सीखा, उसमें से क्या इस्तेमाल किया?
survey-tpl-followup-used = तब से आपने क्या इस्तेमाल किया है?
survey-tpl-followup-used-skills = सीखे हुए कौशल
survey-tpl-followup-used-tools = खोजे हुए टूल
survey-tpl-followup-used-contacts = नए लोग जिनसे मुलाक़ात हुई
survey-tpl-followup-used-nothing = अभी कुछ नहीं
survey-tpl-followup-blocked = क्या किसी चीज़ ने आपको रोका?
survey-tpl-followup-what-blocked = किस चीज़ ने आपको रोका?
survey-tpl-followup-recommend = आप इस बैच की सिफ़ारिश किसी दोस्त से करने की कितनी संभावना रखते हैं?
survey-tpl-followup-else = क्या आप हमें कुछ और बताना चाहेंगे?
survey-tpl-self-assessment-title = स्व-मूल्यांकन
survey-tpl-self-assessment-about = बैच के हर विषय पर 1 से 5 तक आत्मविश्वास; इसे पहले और बाद में चलाएँ
survey-tpl-self-assessment-intro = आप कितना आत्मविश्वास महसूस करते हैं? 1 यानी बिल्कुल नहीं, 5 यानी बहुत।
survey-tpl-self-question = आप इसके बारे में कितना आत्मविश्वास महसूस करते हैं:
## Reports and exports (src/features/reports, the features' report parts)
cmd-report-summary = बैच की गतिविधियों के चार्ट, आपको निजी में भेजे जाते हैं; “group”: सबके लिए एक सारांश
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = /report के पीछे के आँकड़े फ़ाइलों के रूप में: स्प्रेडशीट के लिए CSV, JSON, या एक मेटा-विकी पेज
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = { $since } से { $cohort } के लिए अभी दिखाने को कुछ नहीं है।
report-header = <b>{ $cohort }</b>: { $since } से { $until } तक की रिपोर्ट
report-group-header = <b>{ $cohort } कैसा चल रहा है</b> ({ $since } से)
report-no-images = यह चैट तस्वीरें नहीं दिखा सकती, इसलिए यहाँ सिर्फ़ आँकड़े हैं।
report-group-posted = मैंने सारांश { $cohort } के समूह में पोस्ट कर दिया है।
report-error-since = “--since” के लिए 2027-01-01 जैसी तारीख चाहिए; “{ $value }” तारीख नहीं है।
report-error-since-future = “--since { $value }” भविष्य में है: अभी रिपोर्ट करने को कुछ नहीं है।
report-error-what = “--what” इनमें से एक या ज़्यादा लेता है: { $allowed }। “{ $value }” इनमें से नहीं है।
report-error-word = मैं यहाँ “{ $word }” नहीं समझता। /report, /report group या /help report आज़माएँ।
report-error-no-group = मैं अब इस बैच के समूह तक नहीं पहुँच सकता, इसलिए वहाँ पोस्ट नहीं कर सकता।
export-error-format = मैं { $allowed } के रूप में एक्सपोर्ट कर सकता हूँ; “{ $value }” इनमें से नहीं है।
export-sent = { $count ->
    [one] यह रहा आपका { $format } एक्सपोर्ट: एक फ़ाइल।
   *[other] यह रहा आपका { $format } एक्सपोर्ट: { $count } फ़ाइलें।
}
export-inline = यह चैट फ़ाइलें नहीं ले सकती, इसलिए यहाँ हर फ़ाइल का टेक्स्ट कॉपी करने के लिए है।
report-few = 5 से कम
report-members-title = समय के साथ सदस्य
report-series-joined = जुड़े
report-series-left = छोड़ गए
report-series-members = बैच में
report-members-now = अभी: { $active } सक्रिय, { $paused } विराम पर, { $left } छोड़ चुके।
report-members-period = { $since } से: { $joined } जुड़े, { $left } छोड़ गए।
report-axis-month = महीना
report-axis-week = हफ़्ता
report-axis-people = लोग
report-col-status = स्थिति
report-col-people = लोग
report-col-answered = जवाब दिए
report-col-expected = पूछे गए
report-col-date = तारीख
report-checkins-title = चेक-इन: किसने जवाब दिया
report-axis-checkin = चेक-इन
report-axis-rate = जवाब दिए (%)
report-checkins-total = { $count ->
    [one] { $count } चेक-इन
   *[other] { $count } चेक-इन
}: { $expected } पूछे गए में से { $answered ->
    [one] { $answered } जवाब
   *[other] { $answered } जवाब
} ({ $rate }%)।
report-checkins-line = { $date }: { $expected } में से { $answered } ने जवाब दिया ({ $rate }%)
report-checkins-hidden = { $date }: { $k ->
    [one] { $k } से कम लोगों
   *[other] { $k } से कम लोगों
} से पूछा गया, नहीं दिखाया गया
report-checkins-count = { $count ->
    [one] { $count } चेक-इन हुआ।
   *[other] { $count } चेक-इन हुए।
}
report-mentorships-title = मेंटरशिप
report-axis-mentorships = मेंटरशिप
report-mentorship-status = { $status ->
    [all] अनुरोध किए गए
    [accepted] स्वीकार की गईं
    [active] अब भी सक्रिय
    [declined] अस्वीकार की गईं
    [timed_out] कोई जवाब नहीं
   *[asked] प्रतीक्षा में
}
report-mentorships-line = { $asked } अनुरोध: { $accepted } स्वीकार ({ $active } अब भी सक्रिय), { $declined } अस्वीकार, { $timedOut } बिना जवाब, { $waiting } प्रतीक्षा में।
report-mentorships-group = { $active ->
    [one] { $active } मेंटरशिप चल रही है।
   *[other] { $active } मेंटरशिप चल रही हैं।
}
report-peers-title = साथी दौर: क्या आप मिले?
report-axis-round = दौर
report-peer-answer = { $answer ->
    [yes] मिले
    [not-yet] अभी नहीं
    [no] नहीं मिले
   *[none] कोई जवाब नहीं
}
report-peers-line = दौर { $number } ({ $date }): { $people } में से { $yes } मिले ({ $rate }%), { $notYet } अभी नहीं, { $no } नहीं मिले, { $silent } ने जवाब नहीं दिया।
report-peers-hidden = दौर { $number } ({ $date }): { $k ->
    [one] { $k } से कम लोग
   *[other] { $k } से कम लोग
}, नहीं दिखाया गया
# Issue 12 (wave2-edges): /help start, quotes inside quoted text
cmd-start-summary = मुझसे निजी में बात शुरू करें (जुड़ने या जवाब देने का लिंक इसे आपके लिए खोल देता है)
error-quote-inside = उद्धरण चिह्नों के भीतर के टेक्स्ट में एक { $quote } उसे समय से पहले ख़त्म कर देता है। इसे \{ $quote } लिखें या टेक्स्ट के चारों ओर दूसरे उद्धरण चिह्न (“…” या «…») लगाएँ।
keyword-duration-minutes = मिनट
keyword-duration-hours = घंटा, घंटे, घंटों
keyword-duration-days = दिन, दिनों
keyword-duration-weeks = सप्ताह, हफ़्ता, हफ़्ते, हफ्ता, हफ्ते

## w4-checkins
checkin-next-after-skip = { $next } ({ $skipped } वाला छोड़ा गया)
checkin-error-duplicate = शेड्यूल #{ $id } में पहले से यही लय है: दूसरा हर चेक-इन और हर सारांश दो बार भेजेगा। कोई और समय चुनें, या /checkin list देखें।
checkin-error-already-open = शेड्यूल #{ $id } का चेक-इन पहले से { $closes } तक खुला है: जवाब उसी में जाते हैं।
checkin-stats-open = अभी खुला: शेड्यूल #{ $id }, अब तक { $total } में से { $answered } ने जवाब दिया; { $closes } को बंद होगा।
cohort-error-create-right = यहाँ बैच सिर्फ़ इस चैट का कोई एडमिन (या इसके बैच का कोई समन्वयक) बना सकता है।
cohort-timezone-not-given = { $source ->
    [yours] टाइमज़ोन: { $timezone } (आपका; कोई नहीं दिया गया)।
   *[default] टाइमज़ोन: { $timezone } (डिफ़ॉल्ट; कोई नहीं दिया गया)।
} चेक-इन इसी के हिसाब से चलते हैं। बदलने के लिए: /cohort edit --timezone क्षेत्र/शहर
checkin-digest-coordinators-kept = साझा किए गए जवाब समन्वयकों के लिए रखे गए हैं: वे इन्हें निजी में /checkin digest से पढ़ते हैं।
checkin-digest-coordinators-start = { $names }: मैं अभी आपको निजी में नहीं लिख सकता, इसलिए आपका सारांश इंतज़ार कर रहा है। मेरे साथ निजी चैट खोलें और /checkin digest भेजें।
cmd-checkin-digest-summary = पिछला चेक-इन जैसा समन्वयक पढ़ते हैं: किसने भाग लिया और साझा किए गए जवाब (निजी में भेजा जाता है)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = सवाल { $n } का आपका जवाब अपडेट हो गया।
timezone-cleared = आपका टाइमज़ोन हटा दिया गया; समय { $timezone } में दिखाए जाते हैं (अभी { $now })।
## w4-network
cmd-network-summary = बैचों के नेटवर्क: बैचों को जोड़ें, सीख साझा करें, उन्हें साथ-साथ देखें
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = वे नेटवर्क जिनमें यह बैच है
cmd-network-list-usage = /network list
cmd-network-create-summary = इस बैच के साथ नेटवर्क शुरू करें; आप उसके समन्वयक होंगे
cmd-network-create-usage = /network create "नाम"
cmd-network-invite-summary = एक और बैच के लिए एक बार का कोड (निजी में भेजा जाता है)
cmd-network-invite-usage = /network invite ["नेटवर्क"]
cmd-network-join-summary = यह बैच कोड से नेटवर्क में जुड़ता है (केवल इसके समन्वयक)
cmd-network-join-usage = /network join कोड
cmd-network-leave-summary = यह बैच नेटवर्क छोड़ता है
cmd-network-leave-usage = /network leave ["नेटवर्क"]
cmd-network-hub-summary = इस चैट को नेटवर्क का केंद्र बनाएँ, जहाँ उसका सार आता है
cmd-network-hub-usage = /network hub ["नेटवर्क"]
cmd-network-settings-summary = क्या इस बैच की साझा चीज़ें समन्वयक की मंज़ूरी का इंतज़ार करें
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["नेटवर्क"]
cmd-network-report-summary = नेटवर्क के बैच साथ-साथ (निजी में भेजा जाता है)
cmd-network-report-usage = /network report ["नेटवर्क"]
cmd-share-summary = अपने चिंतन, चेक-इन उत्तर या प्रतिबद्धताओं में से कोई एक अपने बैच के नेटवर्कों को दें
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = साझा करने के लिए कुछ चुनें
cmd-share-list-usage = /share
cmd-share-withdraw-summary = भेजे जाने से पहले कुछ वापस लें
cmd-share-withdraw-usage = /share withdraw
field-network-name = नेटवर्क का नाम
network-created = नेटवर्क “{ $name }” { $cohort } के साथ बना। आप इसके समन्वयक हैं। <code>/network invite</code> से दूसरे बैच को बुलाएँ।
network-invite-code = “{ $name }” के लिए एक बार का कोड: <code>{ $code }</code>। { $until } तक, एक बैच के लिए मान्य। उस बैच के समन्वयक बैच के समूह में <code>/network join { $code }</code> लिखते हैं।
network-joined = { $cohort } “{ $name }” से जुड़ गया। अब नेटवर्क में बैच: { $count }।
network-left = { $cohort } ने “{ $name }” छोड़ दिया। इस बैच की जो चीज़ें अभी नहीं भेजी गईं, वे नहीं जाएँगी।
network-list-none = { $cohort } किसी नेटवर्क में नहीं है। समन्वयक <code>/network create "नाम"</code> से नेटवर्क शुरू कर सकते हैं या कोड से किसी में जुड़ सकते हैं।
network-list-title = { $cohort } के नेटवर्क:
network-list-line = • “{ $name }”: { $cohorts }; मंज़ूरी { $approval ->
    [on] चालू
   *[off] बंद
}; केंद्र { $hub ->
    [yes] जुड़ा है
   *[no] नहीं जुड़ा
}
network-approval-set = { $cohort } से “{ $name }” को जाने वाली चीज़ें { $approval ->
    [on] अब समन्वयक की मंज़ूरी का इंतज़ार करती हैं।
   *[off] अब बिना मंज़ूरी के जाती हैं।
}
network-error-none = यह बैच किसी नेटवर्क में नहीं है।
network-error-which = बताइए कौन-सा नेटवर्क: { $names }।
network-error-unknown-name = यहाँ “{ $name }” नाम का कोई नेटवर्क नहीं है। नेटवर्क: { $names }।
network-error-not-network-coordinator = यह केवल नेटवर्क के समन्वयक कर सकते हैं, और आप किसी नेटवर्क के समन्वयक नहीं हैं।
network-error-too-many = एक बैच अधिकतम { $max ->
    [one] { $max } नेटवर्क
   *[other] { $max } नेटवर्कों
} में हो सकता है।
network-error-code-unknown = यह कोड ज्ञात नहीं है। नेटवर्क के समन्वयक से नया कोड माँगें।
network-error-code-used = यह कोड पहले ही इस्तेमाल हो चुका है। हर कोड से एक ही बैच जुड़ता है; नया माँगें।
network-error-code-expired = इस कोड की अवधि खत्म हो गई है। नेटवर्क के समन्वयक से नया कोड माँगें।
network-error-already-in = { $cohort } पहले से “{ $name }” में है। कोड इस्तेमाल नहीं हुआ।
network-error-approval-value = <code>--approval on</code> या <code>--approval off</code> लिखें।
network-hub-attached = यह चैट अब “{ $name }” का केंद्र है: नेटवर्क में साझा की गई सीखों का साप्ताहिक सार यहाँ आएगा।
network-hub-error-cannot-post = मैं उस चैट में पोस्ट नहीं कर सकता, इसलिए वह “{ $name }” का केंद्र नहीं बना। मुझे वहाँ पोस्ट करने दें और फिर कोशिश करें।
network-digest-title = नेटवर्क “{ $name }” से: जो इसके सदस्यों ने साझा करना चुना ({ $count })
network-digest-language = <b>{ $language } में</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }, { $author })
network-share-title = आप अपने बैच के नेटवर्कों को क्या देना चाहते हैं? आपके चुने बिना कुछ नहीं जाता।
network-share-item = { $n }. { $kind ->
    [reflection] चिंतन
    [checkin] चेक-इन उत्तर
   *[commitment] प्रतिबद्धता
} ({ $cohort }): { $text }
network-share-button = साझा करें { $n }
network-share-outcome = { $text } — { $status ->
    [done] पूरा हुआ
    [partly] कुछ हद तक हुआ
    [not-yet] अभी नहीं
   *[let-go] छोड़ दिया
}
network-share-confirm = आप इसे { $networks } को दे रहे हैं:
    { $text }
    क्या सार में आपका नाम दिखे?
network-share-with-name = मेरे नाम के साथ साझा करें
network-share-without-name = मेरे नाम के बिना साझा करें
network-share-cancel = रद्द करें
network-share-cancelled = कुछ भी साझा नहीं हुआ।
network-share-done = { $networks } के साथ साझा किया गया। यह अगले सार में जाएगा; तब तक <code>/share withdraw</code> इसे वापस लेता है।
network-share-pending = { $networks } को दिया गया। पहले आपके बैच के समन्वयक इसे मंज़ूरी देंगे; <code>/share withdraw</code> इसे वापस लेता है।
network-share-error-no-network = आपका कोई बैच किसी नेटवर्क में नहीं है, इसलिए साझा करने को कोई नहीं है।
network-share-error-nothing = आपके पास अभी साझा करने को कोई चिंतन, चेक-इन उत्तर या प्रतिबद्धता का नतीजा नहीं है।
network-share-error-gone = यह अब आपका नहीं है या अब मौजूद नहीं है।
network-share-error-already = आप यह चीज़ इन नेटवर्कों को पहले ही दे चुके हैं।
network-approve-ask = { $cohort } का एक सदस्य इसे नेटवर्क “{ $network }” के साथ साझा करना चाहता है:
    { $text }
network-approve-yes = मंज़ूर करें
network-approve-no = अस्वीकार करें
network-approve-done = मंज़ूर: यह अगले सार में जाएगा।
network-decline-done = अस्वीकृत: यह नहीं जाएगा।
network-approve-already = किसी दूसरे समन्वयक ने पहले ही फ़ैसला कर लिया, या लेखक ने इसे वापस ले लिया।
network-approve-not-coordinator = केवल उस बैच के समन्वयक फ़ैसला कर सकते हैं।
network-withdraw-item = { $n }. { $text }
network-withdraw-button = वापस लें { $n }
network-report-title = “{ $name }”, पिछले 30 दिन (बैच: { $count })
network-report-line = • { $cohort }: { $members ->
    [one] { $members } सदस्य
   *[other] { $members } सदस्य
}, { $active } ने चेक-इन का उत्तर दिया, { $checkins ->
    [yes] उत्तर दर { $rate }%
   *[no] कोई चेक-इन नहीं
}
network-report-line-small = • { $cohort }: 5 से कम सदस्य, नहीं दिखाया गया
network-report-error-one = “{ $name }” में एक ही बैच है: अभी तुलना के लिए कुछ नहीं। <code>/network invite</code> से दूसरे बैच को बुलाएँ।
mydata-network-shares = आपने नेटवर्कों के साथ जो साझा किया ({ $count }):
mydata-network-share = • “{ $network }” ({ $status ->
    [pending] मंज़ूरी का इंतज़ार
    [approved] सार का इंतज़ार
    [declined] अस्वीकृत
    [withdrawn] वापस लिया
   *[sent] भेजा गया
}, { $named ->
    [yes] आपके नाम के साथ
   *[no] आपके नाम के बिना
}): { $text }
mydata-network-coordinator = आप इन नेटवर्कों के समन्वयक हैं: { $names }।
cmd-network-announce-summary = नेटवर्क के हर बैच के समूह में एक संदेश की घोषणा करें
cmd-network-announce-usage = /network announce पाठ [--network "नेटवर्क"]
field-announcement = घोषणा
network-error-announcements-value = <code>--announcements on</code> या <code>--announcements off</code> लिखें।
network-announcements-set = नेटवर्क की घोषणाएँ { $announcements ->
    [on] अब { $cohort } तक पहुँचती हैं।
   *[off] अब { $cohort } तक नहीं पहुँचतीं।
} (“{ $name }”)
network-announcement = <b>नेटवर्क “{ $name }” से</b>
    { $text }
network-announce-sent = “{ $name }” की घोषणा बैच समूहों के लिए कतार में: { $sent }; नहीं भेजी गई (मना किया या पहुँच से बाहर): { $skipped }।
## w4-surveys
survey-k-too-few = { $k ->
    [one] { $k } से कम जवाब
   *[other] { $k } से कम जवाब
}: नहीं दिखाया गया।
survey-k-too-few-people = { $k ->
    [one] { $k } से कम लोगों
   *[other] { $k } से कम लोगों
} ने जवाब दिया: कुछ नहीं दिखाया जाता, ताकि किसी की पहचान न हो सके।
survey-k-change-too-few = { $question }: { $k ->
    [one] { $k } से कम जवाब
   *[other] { $k } से कम जवाब
}, नहीं दिखाया गया
survey-k-few = { $k } से कम
survey-error-audience-to = मैं “{ $value }” को नहीं भेज सकता। --to cohort, --to gathering:नंबर या --to role:mentor (या role:member, role:coordinator) इस्तेमाल करें।
survey-error-no-gathering = इस समूह में कोई मुलाक़ात { $id } नहीं है।
survey-error-nobody = कोई भी सक्रिय सदस्य “{ $value }” से मेल नहीं खाता: कुछ नहीं भेजा गया।
survey-chart-before = पहले
survey-chart-after = बाद में
survey-chart-change-title = आत्म-मूल्यांकन, पहले और बाद में
survey-chart-means-title = सर्वे के पैमाने: औसत जवाब
survey-chart-theme = विषय
survey-chart-question = सवाल
survey-chart-mean = औसत
survey-error-format = “{ $value }” कोई फ़ॉर्मैट नहीं है: --format json या --format text इस्तेमाल करें।
survey-error-export-text = इस सर्वे में कई भाषाओं के पाठ या शुरुआती पाठ है: इसे सिर्फ़ JSON के रूप में निर्यात किया जा सकता है।
survey-exported = सर्वे { $number }, /survey import में चिपकाने के लिए:
survey-exported-file = सर्वे { $number } ऊपर की फ़ाइल में है; उसकी सामग्री /survey import में चिपकाएँ।
button-survey-delete = हटाएँ
survey-delete-confirm =
    { $answers ->
        [one] सर्वे { $number } “{ $title }” को उसके { $answers } जवाबों के साथ हटाएँ? इसे वापस नहीं किया जा सकता।
       *[other] सर्वे { $number } “{ $title }” को उसके { $answers } जवाबों के साथ हटाएँ? इसे वापस नहीं किया जा सकता।
    }
survey-delete-cancelled = कुछ नहीं हटाया गया।
survey-deleted = सर्वे { $number } “{ $title }” और उसके जवाब हटा दिए गए।
survey-error-summary-too-few = { $k ->
    [one] { $k } से कम लोगों
   *[other] { $k } से कम लोगों
} ने जवाब दिया: समूह में कुछ पोस्ट नहीं किया गया।
survey-summary-title = <b>सर्वे के नतीजे: { $title }</b> ({ $n ->
    [one] { $n } जवाब
   *[other] { $n } जवाब
})
survey-summary-posted = सर्वे { $number } का सारांश समूह में पोस्ट हो गया (लिखे हुए जवाब नहीं, सिर्फ़ पर्याप्त लोगों के नतीजे)।
survey-poll-anonymous-note = गुमनाम: बॉट जवाब गिनता है, पर यह नहीं रखता कि किसने दिया। हर व्यक्ति एक जवाब।
survey-poll-counted = गिन लिया गया, गुमनाम रूप से।
survey-new-title-ask = नया सर्वे। इसका शीर्षक क्या है? (जवाब दें, { $max ->
    [one] { $max } अक्षरों
   *[other] { $max } अक्षरों
} तक; रोकने के लिए “cancel”)
survey-new-menu = <b>{ $title }</b>: { $count ->
    [one] { $count } सवाल
   *[other] { $count } सवाल
}, { $anonymous ->
    [yes] गुमनाम
   *[no] नाम सहित
}। आगे क्या?
button-survey-new-add = सवाल जोड़ें
button-survey-new-anonymous = गुमनाम बनाएँ
button-survey-new-named = नाम सहित बनाएँ
button-survey-new-preview = पूर्वावलोकन
button-survey-new-save = सहेजें
survey-new-type-ask = किस तरह का सवाल?
button-survey-type-single = एक विकल्प
button-survey-type-multi = कई विकल्प
button-survey-type-scale5 = पैमाना 1–5
button-survey-type-scale10 = पैमाना 0–10
button-survey-type-yesno = हाँ / नहीं
button-survey-type-text = लिखित जवाब
survey-new-text-ask = सवाल { $n }: इसे लिखें (जवाब दें, { $max ->
    [one] { $max } अक्षरों
   *[other] { $max } अक्षरों
} तक)।
survey-new-options-ask = विकल्प लिखें, हर पंक्ति में एक या | से अलग करके, 2 से { $max } तक।
survey-new-required-ask = क्या इसका जवाब देना ज़रूरी है?
button-survey-new-required = ज़रूरी
button-survey-new-optional = वैकल्पिक
survey-new-condition-ask = हमेशा पूछें, या किसी जवाब के बाद ही? शर्त के लिए q2=no जैसा जवाब दें (सवाल 2 का जवाब “नहीं”)।
button-survey-new-always = हमेशा
survey-new-added = सवाल { $n } जोड़ा गया।
survey-new-no-questions = अभी कोई सवाल नहीं।
survey-new-cancelled = नया सर्वे छोड़ दिया गया; कुछ सहेजा नहीं गया।
survey-new-error-full = एक सर्वे में ज़्यादा से ज़्यादा { $max ->
    [one] { $max } सवाल
   *[other] { $max } सवाल
} होते हैं।
survey-new-error-text = कृपया 1 से { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षर
} लिखें।
survey-new-error-options = 2 से { $max ->
    [one] { $max } विकल्प
   *[other] { $max } विकल्प
} दें, हर एक { $len ->
    [one] { $len } अक्षरों
   *[other] { $len } अक्षरों
} तक।
survey-new-error-condition = शर्त qN=जवाब के रूप में लिखें, N कोई पिछला सवाल (1 से { $max })।
survey-new-error-empty = सहेजने से पहले कम से कम एक सवाल जोड़ें।
cmd-survey-new-summary = सर्वे क़दम-दर-क़दम लिखें, निजी चैट में (सवाल, प्रकार, विकल्प, शर्त, पूर्वावलोकन)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = चिपकाए गए JSON या छोटे पाठ फ़ॉर्मैट से सर्वे बनाएँ (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON या शीर्षक + हर पंक्ति में एक सवाल
cmd-survey-export-summary = सर्वे की परिभाषा, रखने या कहीं और आयात करने के लिए (निजी में भेजी जाती है)
cmd-survey-export-usage = /survey export आईडी [--format json|text]
cmd-survey-delete-summary = सर्वे और उसके जवाब हटाएँ (पहले पूछता है)
cmd-survey-delete-usage = /survey delete आईडी
cmd-survey-poll-summary = समूह में एक सवाल, मतदान के रूप में
cmd-survey-poll-usage = /survey poll "सवाल?" "क" "ख" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = /cohort edit --smallest-group का पुराना नाम: किसी नतीजे को दिखाने के लिए उसके पीछे कितने लोग चाहिए (3 या ज़्यादा; डिफ़ॉल्ट 5)
cmd-survey-threshold-usage = /survey threshold [संख्या]
## w4-gatherings
cmd-gathering-ics-summary = किसी सभा की कैलेंडर फ़ाइल, आपको निजी में भेजी जाती है
cmd-gathering-ics-usage = /gathering ics संख्या
cmd-gathering-feed-summary = समूह के कैलेंडर की सदस्यता का लिंक (निजी में); reset नया बनाता है और पुराना बंद करता है
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = “मैं यहाँ हूँ” के लिए ज़रूरी कमरे का कोड तय करें (आपको निजी में दिखाया जाता है)
cmd-gathering-code-usage = /gathering code संख्या [कोड|-]
cmd-gathering-settings-summary = अनुस्मारक कब जाएँ और फ़ॉलो-अप कब पूछे
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = सभा से पहले अनुस्मारक: { $reminders }। फ़ॉलो-अप, सभा के बाद दिनों में: { $steps } (पहला पूछता है कि लोग क्या आज़माएँगे)।
gathering-settings-saved = सहेजा गया। सभा से पहले अनुस्मारक: { $reminders }। फ़ॉलो-अप, सभा के बाद दिनों में: { $steps }।
gathering-settings-error-reminders = “{ $value }” अनुस्मारकों की सूची नहीं है: शुरुआत से पहले अधिकतम { $max ->
    [one] { $max } समय
   *[other] { $max } समय
} लिखें, जैसे 7d,1d,1h (15m से 60d तक), या कोई नहीं के लिए -।
gathering-settings-error-steps = “{ $value }” फ़ॉलो-अप क्रम नहीं है: सभा के बाद 2 से { $max ->
    [one] { $max } दिन
   *[other] { $max } दिन
}, बढ़ते क्रम में लिखें, जैसे 1,7,30,90।
gathering-reminder-in = { $span } में: { $answer ->
    [maybe] (आपने शायद कहा था)
   *[going] (आपने कहा था कि आप आ रहे हैं)
}
gathering-commit-ask-days = “{ $title }” ({ $cohort }) में आने के लिए धन्यवाद। अगले कुछ हफ़्तों में आप क्या आज़माएँगे? एक से तीन बातें लिखें, हर एक /commit के साथ, जैसे: <code>/commit पहला एडिट-अ-थॉन करना --by 2027-05-01</code>। इन्हें केवल आप पढ़ते हैं, जब तक आप --visibility mentor या coordinators न जोड़ें। सभा के { $days ->
    [one] { $days } दिन
   *[other] { $days } दिन
} बाद मैं पूछूँगा कि काम कैसा चल रहा है।
gathering-followup-target = आपकी लक्ष्य तिथि: { $date }।
commit-error-bad-date = “{ $value }” तिथि नहीं है: इसे 2027-04-30 की तरह लिखें।
commit-error-date-past = { $value } बीत चुका है: आज या उसके बाद का दिन दें।
commit-error-date-too-far = { $value } एक साल से ज़्यादा दूर है: कोई नज़दीकी कदम चुनें।
commit-saved-target = लक्ष्य तिथि: { $date }।
commitment-target = ({ $date } तक)
commitment-status-word = { $status ->
    [done] पूरा हुआ
    [partly] आंशिक रूप से हुआ
    [not-yet] अभी नहीं
    [let-go] छोड़ दिया
   *[open] खुला
}
commitment-visibility-word = { $visibility ->
    [mentor] आप और आपके मेंटर
    [coordinators] आप और समन्वयक
   *[me] केवल आप
}
gathering-answer-word = { $answer ->
    [going] आ रहे हैं
    [maybe] शायद
    [no] नहीं आ रहे
   *[waitlist] प्रतीक्षा सूची में
}
gathering-present-word = { $present ->
    [yes] हाँ
   *[no] नहीं
}
commitment-answer-not-yet-peer = दर्ज किया: अभी नहीं। क्या कोई रुकावट है? { $peer } भी “{ $topic }” पर काम करते हैं: एक बार दबाने पर मैं उन्हें बताऊँगा कि आप क्या आज़माना चाहते थे और संपर्क करने को कहूँगा।
button-commitment-ask-peer = { $peer } से मदद माँगें
commitment-help-to-peer = { $mentee } ({ $cohort }) उस काम में अटके हैं जो वे एक सभा के बाद आज़माना चाहते थे: “{ $text }”। आप दोनों “{ $topic }” पर काम करते हैं: क्या आप संपर्क कर सकते हैं?
gathering-ics-join = ऑनलाइन जुड़ें: { $url }
gathering-ics-caption = आपके कैलेंडर के लिए “{ $title }”
gathering-ics-sent = मैंने “{ $title }” आपके कैलेंडर के लिए निजी में भेज दिया है।
gathering-ics-unreachable = मैं आपको निजी में फ़ाइल नहीं भेज सकता: मेरे साथ निजी चैट खोलें (वहाँ /start भेजें) और फिर कोशिश करें।
gathering-feed = समूह का कैलेंडर: अपने कैलेंडर ऐप में <code>{ $webcal }</code> (या { $https }) की सदस्यता लें। सभाएँ, बदलाव और रद्दीकरण वहाँ अपने-आप दिखेंगे। इसे केवल सदस्यों से साझा करें: जिसके पास लिंक है वह सभाएँ पढ़ सकता है। /gathering feed reset नया लिंक बनाता है और इसे बंद करता है।
gathering-feed-reset = कैलेंडर का नया लिंक: <code>{ $webcal }</code> (या { $https })। पुराना लिंक अब काम नहीं करता; सदस्यता लेने वालों को नया लिंक चाहिए।
gathering-feed-no-url = बॉट का कोई सार्वजनिक पता तय नहीं है (PUBLIC_URL), इसलिए मैं कैलेंडर लिंक नहीं दे सकता। संचालक से पूछें; तब तक /gathering ics संख्या एक सभा फ़ाइल के रूप में भेजता है।
gathering-code-error-format = “{ $value }” कमरे का कोड नहीं हो सकता: 3 से 12 अक्षर या अंक।
gathering-code-set = #{ $number } “{ $title }” के लिए कमरे का कोड: <b>{ $code }</b>। इसे कमरे में घोषित करें; लोग /here { $code } से अपनी उपस्थिति दर्ज करते हैं (बेहतर है मेरे साथ निजी में)। /gathering code { $number } - इसे हटा देता है।
gathering-code-cleared = #{ $number } “{ $title }” के लिए “मैं यहाँ हूँ” को अब कोड की ज़रूरत नहीं।
gathering-here-needs-code = इस सभा का एक कमरे का कोड है, जो वहीं घोषित होता है: /here { $number } कोड भेजें (बेहतर है मेरे साथ निजी में)।
gathering-error-wrong-code = यह कमरे का कोड नहीं है। वहाँ आयोजकों से इसकी पुष्टि करें।
## w4-pairing
pair-confirmed-requests = जिन मेंटरों से पूछा: { $mentors }। भेजे गए अनुरोध: { $requests }। हर मेंटर के पास जवाब देने के लिए { $hours } घंटे हैं; जवाब न मिलने पर व्यक्ति को अगले सबसे उपयुक्त मेंटर के पास भेजा जाता है।
pair-by-hand-in-group = दो लोगों की जोड़ी हाथ से बनाना समूह के ग्रुप में होता है: वहाँ /pair @मेंटर @मेंटी भेजें।
pair-mine-no-cohort = आप अभी किसी समूह में नहीं हैं। किसी समूह के ग्रुप में /join से जुड़ें।
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = { $other } को सीधे लिखें: नाम पर टैप करें।
pair-intro-times-both = मिलने के कुछ समय, आप दोनों के जागने के घंटों में:
pair-ended-unpaired = { $person }, एक समन्वयक ने { $name } में { $other } के साथ आपकी मेंटरशिप समाप्त कर दी।
pair-ended-left = { $person }, { $other } ने { $name } छोड़ दिया, इसलिए आपकी मेंटरशिप समाप्त हो गई।
pair-ended-away = { $person }, { $other } कुछ समय के लिए { $name } से दूर हैं, इसलिए आपकी मेंटरशिप समाप्त हो गई।
pair-ended-next-mentor = मैं आपके लिए अगले सबसे उपयुक्त मेंटर से पूछ रहा हूँ; किसी के स्वीकार करने पर आपको बताया जाएगा।
mydata-someone-who-left = कोई जो चला गया
pair-reason-language-unknown = कोई भाषा नहीं बताई गई
person-pick = “{ $who }” नाम के एक से ज़्यादा सदस्य हैं। आपका मतलब किससे है?
pair-ask-open-private = <a href="{ $link }">मेरे साथ एक निजी चैट खोलें</a>, ताकि ऐसे अनुरोध आपको वहीं मिलें।
pair-ended-you-left = { $person }, आपने { $name } छोड़ दिया, इसलिए { $other } के साथ आपकी मेंटरशिप समाप्त हो गई।
pair-ended-you-away = { $person }, आप कुछ समय के लिए { $name } से दूर हैं, इसलिए { $other } के साथ आपकी मेंटरशिप समाप्त हो गई; उन्हें दूसरा मेंटर दिया जाएगा।
## w4-reports
cmd-audit-summary = समूह में किसने क्या किया (भूमिकाएँ, जोड़ियाँ, निर्यात, सर्वेक्षण), आपको निजी में भेजा जाता है
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = { $cohort } के ऑडिट लॉग में अभी कुछ नहीं है।
audit-header = <b>{ $cohort } का ऑडिट लॉग</b>: { $count ->
    [one] नवीनतम प्रविष्टि
   *[other] नवीनतम { $count } प्रविष्टियाँ, सबसे नई पहले
} (केवल आईडी और सेटिंग्स)।
audit-error-word = /audit केवल --since 2027-01-01 लेता है; मैं यहाँ "{ $word }" नहीं जानता।
report-web-not-set-up = इस बॉट पर रिपोर्ट पेज सेट नहीं है: संचालक PUBLIC_URL सेट करे (docs/configuration.md)।
report-web-link = { $cohort } के लिए आपका निजी रिपोर्ट पेज ({ $hours } घंटे मान्य)। इसे आगे न भेजें: जिसके पास लिंक है वह समाप्ति तक पेज पढ़ सकता है। /report web revoke सभी लिंक बंद करता है।
report-web-revoked = { $cohort } के अब तक दिए गए रिपोर्ट पेज के सभी लिंक अब काम नहीं करते।
report-web-title = रिपोर्ट: { $cohort }
report-web-downloads = डाउनलोड
report-web-audit = ऑडिट लॉग
report-web-audit-when = कब
report-web-audit-who = किसने
report-web-audit-action = कार्य
report-web-audit-details = विवरण
report-web-expires = यह लिंक { $at } तक काम करता है।
network-hub-error-not-admin = केवल इस चैट का एडमिन इसे किसी नेटवर्क का केंद्र बना सकता है।
## lead: nudge fallback
checkin-nudge-group = { $person }, समूह के बारे में आपके लिए मेरा एक सवाल है। मैं आपको पहले संदेश नहीं भेज सकता: उसे पढ़ने के लिए { $link } खोलें और Start दबाएँ।
checkin-nudge-group-private = { $person }, समूह के बारे में आपके लिए मेरा एक सवाल है। उसे पढ़ने के लिए मुझे निजी संदेश भेजें।
## w5-gatherings
gathering-code-error-digits = “{ $value }” में केवल अंक हैं, इसलिए /here इसे सभा का नंबर समझेगा। कम से कम एक अक्षर वाला कमरे का कोड चुनें, या /gathering code { $number } भेजें और मैं एक कोड बना दूँगा।
## w5-nethub
network-offer-ask = क्या इसे नेटवर्क { $networks } को पेश करें? { $kind ->
    [reflection] आपका चिंतन
    [checkin] आपका चेक-इन उत्तर
   *[commitment] आपकी प्रतिबद्धता कैसी रही
}:
    { $text }
    जब तक आप इसे यहाँ (या बाद में <code>/share</code> से) नहीं चुनते, कुछ नहीं भेजा जाता।
network-offer-no = यह नहीं
network-digest-theme-language = <b>{ $themes } · { $language } में</b>
network-report-gatherings = { "  " }बैठकें: { $gatherings }, प्रतिबद्धताएँ: { $commitments }, पूरी: { $done }, आंशिक: { $partly } ({ $rate }% पूरी)
network-report-chart-title = “{ $name }”: हर समूह में चेक-इन प्रतिक्रिया और पूरे हुए फ़ॉलो-अप
network-report-axis-response = चेक-इन प्रतिक्रिया
network-report-axis-followups = पूरे हुए फ़ॉलो-अप
cmd-network-export-summary = नेटवर्क के आँकड़े फ़ाइलों में, समूहों के निर्यात से बने (निजी रूप से भेजे जाते हैं)
cmd-network-export-usage = /network export [csv|json|wikitext] ["नेटवर्क"]
network-hub-channel-code = किसी Telegram चैनल को “{ $name }” का केंद्र बनाने के लिए: मुझे चैनल में ऐसे एडमिन के रूप में जोड़ें जो पोस्ट कर सके, फिर एक घंटे के भीतर वहाँ यह पोस्ट करें:
    <code>/network hub { $code }</code>
    मैं चैनल में पुष्टि करूँगा, वह पोस्ट हटा दूँगा और आपको यहाँ बताऊँगा। किसी समूह या Matrix कमरे के लिए, उसी में <code>/network hub</code> चलाएँ।
network-hub-channel-done = चैनल { $channel } अब “{ $name }” का केंद्र है।
network-hub-channel-bad-code = यह केंद्र कोड अज्ञात है, पहले इस्तेमाल हो चुका है या समाप्त हो गया है। नेटवर्क समन्वयक मुझे निजी में <code>/network hub</code> भेजकर नया कोड पा सकते हैं।
network-space-created = मैंने Matrix स्पेस “{ $name }” बनाया और आपको आमंत्रित किया; इसमें समूहों के कमरे: { $count }। नेटवर्क से जुड़ने या निकलने वाले समूहों के कमरे जोड़े या हटाए जाते हैं।
network-space-synced = “{ $name }” का स्पेस फिर से अद्यतन है; इसमें समूहों के कमरे: { $count }।
network-space-error-platform = स्पेस Matrix की सुविधा है: इसे Matrix पर चलाएँ। Telegram पर किसी समूह या चैनल को केंद्र बनाएँ (<code>/network hub</code>)।
cmd-network-space-summary = नेटवर्क के समूहों के कमरों वाला Matrix स्पेस, हमेशा अद्यतन
cmd-network-space-usage = /network space ["नेटवर्क"]
## w5-surveys
button-survey-back = « पीछे
survey-back-first = यह पहला सवाल है: इससे पहले बदलने को कोई जवाब नहीं है।
survey-dm-your-answer = अब तक आपका जवाब: { $answer }
survey-back-none = कोई सर्वे सवाल आपका इंतज़ार नहीं कर रहा। /surveys आपके खुले सर्वे दिखाता है।
survey-dm-back-hint = अपना पिछला जवाब बदलने के लिए “पीछे” लिखें।
smallest-group-is = समूह का सबसे छोटा दिखाया जाने वाला समूह { $count ->
    [one] { $count } व्यक्ति
   *[other] { $count } लोग
} है: सर्वे के नतीजे, और समन्वयकों के निजी दृश्य से बाहर रिपोर्ट व सारांश, इससे कम लोगों की कोई गिनती, हिस्सा या औसत नहीं दिखाते।
smallest-group-set = अब से गिनती, हिस्से और औसत दिखने के लिए उनके पीछे कम से कम { $count ->
    [one] { $count } व्यक्ति
   *[other] { $count } लोग
} चाहिए (सर्वे, रिपोर्ट, सारांश)।
smallest-group-moved = अब यह सर्वे, रिपोर्ट और हर गिनती के लिए समूह की एक ही सेटिंग है: /cohort edit --smallest-group संख्या (3 से 100; डिफ़ॉल्ट 5)।
smallest-group-error = सबसे छोटा दिखाया जाने वाला समूह { $min } से { $max } तक की पूर्ण संख्या है; “{ $value }” ऐसी संख्या नहीं है।
cohort-card-smallest-group = सबसे छोटा दिखाया जाने वाला समूह: { $count ->
    [one] { $count } व्यक्ति
   *[other] { $count } लोग
} (इससे छोटी गिनती नहीं दिखती)।
survey-status-word = { $status ->
    [draft] अभी भेजा नहीं गया
    [closed] बंद
   *[open] खुला
}
## w5-netmatch
cmd-network-meet-summary = नेटवर्क के किसी दूसरे बैच के व्यक्ति से मिलें (हाँ या नहीं; जवाब निजी में)
cmd-network-meet-usage = /network meet [on|off] ["नेटवर्क"]
cmd-network-round-summary = नाम लिखवाने वाले सदस्यों का परिचय दूसरे बैच के किसी व्यक्ति से कराएँ (नेटवर्क समन्वयक)
cmd-network-round-usage = /network round [every 2w|off] ["नेटवर्क"]
network-meet-status-title = दूसरे बैचों के लोगों से मिलना:
network-meet-status-line = • “{ $network }” ({ $cohort } के ज़रिए): { $state ->
    [on] हाँ
   *[off] नहीं
  }
network-meet-explain = जब नेटवर्क समन्वयक एक दौर शुरू करता है, तो निजी में आपका परिचय किसी दूसरे बैच के व्यक्ति से कराया जाता है, हो सके तो जिसके साथ आपकी कोई भाषा और विषय साझा हो। वह व्यक्ति आपका नाम, आपका बैच और आप तक पहुँचने का तरीका (आपका Telegram @username या Matrix ID) देखता है; आप उसका देखते हैं।
network-meet-button-on = हाँ, मेरा परिचय कराएँ
network-meet-button-off = नहीं, बंद करें
network-meet-on = { $networks } में आपका परिचय दूसरे बैच के किसी व्यक्ति से कराया जाएगा। वह आपका नाम, आपका बैच और आप तक पहुँचने का तरीका देखेगा। <code>/network meet off</code> इसे रोकता है।
network-meet-off = अब { $networks } में आपका परिचय किसी से नहीं कराया जाएगा।
network-meet-off-already = आपने वहाँ मिलने के लिए नाम नहीं लिखवाया था।
network-meet-error-paused = आप उस बैच में विराम पर हैं: पहले लौटें, फिर नाम लिखवाएँ।
network-meet-error-no-network = यहाँ आपका कोई भी बैच किसी नेटवर्क में नहीं है।
network-round-error-one = “{ $name }” में एक ही बैच है: अभी दूसरे बैच का कोई मिलने के लिए नहीं है।
network-round-error-few = “{ $name }” के दो से कम सदस्यों ने <code>/network meet on</code> से नाम लिखवाया है, इसलिए कोई दौर नहीं।
network-round-done = “{ $name }” का दौर { $number }: { $people ->
    [one] { $people } व्यक्ति
   *[other] { $people } लोगों
} के लिए { $groups ->
    [one] { $groups } परिचय
   *[other] { $groups } परिचय
}। इस बार कोई नहीं मिला: { $unplaced }। एक ही बैच के दो लोगों वाले समूह (कोई और उपयुक्त नहीं था): { $same }। निजी में संदेश नहीं भेजा जा सका: { $unreached }।
network-meet-intro = { $person }, नेटवर्क “{ $network }” में आप दूसरे बैच के { $group ->
    [pair] एक व्यक्ति
   *[triad] दो लोगों
  } से मिल रहे हैं:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort }), { $platform } पर: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort }), { $platform } पर: उनके पास आपका संपर्क है और वे पहले आपको लिखेंगे।
network-meet-intro-common = साझा: { $common }।
network-meet-common-languages = आप { $languages } बोलते हैं
network-meet-common-topics = { $topics } में रुचि
network-meet-common-none = कोई भाषा या विषय नहीं बताया गया; नमस्ते कहें और देखें
network-meet-intro-next = एक-दूसरे को लिखें और समय तय करें: एक कॉल या कुछ संदेश काफ़ी हैं।
network-meet-nobody = { $person }, इस दौर में “{ $network }” के दूसरे बैचों का कोई आपके लिए उपयुक्त नहीं था। अगले दौर के लिए आपका नाम बना रहेगा।
mydata-network-meet = नेटवर्क जहाँ आप दूसरे बैचों के लोगों से मिलते हैं ({ $count }):
mydata-network-meet-on = • “{ $network }”, { $cohort } के ज़रिए, { $since } से
mydata-network-meet-round = • “{ $network }”, दौर { $number } ({ $when }): आप { $others } से मिले
## w5-reports2
report-chart-too-few = चार्ट: अभी दिखाने को कुछ नहीं है। इसमें { $min } या उससे अधिक लोग होने पर यह दिखेगा।
export-file-too-large = { $file } नहीं भेजी गई: { $size } MB की यह फ़ाइल इस चैट की सीमा ({ $limit } MB) से बड़ी है। इसे अपने रिपोर्ट पेज से डाउनलोड करें: /report web

## w5-gqa
gathering-report-people = हर व्यक्ति का जवाब और उपस्थिति:
gathering-ics-hint = अपने कैलेंडर के लिए: /gathering ics { $number }
button-gathering-keep = नहीं, रहने दें
gathering-kept = कुछ नहीं बदला: “{ $title }” होगा।
report-gathering-line-let-go = #{ $number } { $title }: { $going } आ रहे, { $present } उपस्थित; { $commitments ->
    [one] { $commitments } संकल्प
   *[other] { $commitments } संकल्प
}: { $done } पूरे, { $partly } कुछ हद तक, { $letgo } छोड़े गए, { $open } खुले

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = पीछे, वापस
survey-closed-unfinished = सर्वे “{ $title }” आपके पूरा करने से पहले बंद हो गया, इसलिए यह जवाब सहेजा नहीं गया।
survey-error-json-type = सवाल { $n }: “{ $type }” कोई सवाल का प्रकार नहीं है। single, multi, scale5, scale10, yesno या text इस्तेमाल करें।
survey-error-too-many-options = सवाल { $n } में बहुत ज़्यादा विकल्प हैं (ज़्यादा से ज़्यादा { $max })।
survey-error-question-too-long = सवाल { $n }: उसका पाठ या कोई विकल्प बहुत लंबा है (ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षर
})।
survey-error-title-too-long = शीर्षक, शुरुआती पाठ या धन्यवाद का पाठ बहुत लंबा है (ज़्यादा से ज़्यादा { $max ->
    [one] { $max } अक्षर
   *[other] { $max } अक्षर
})।
survey-error-send-poll = सर्वे { $number } समूह में एक त्वरित पोल है: इसका जवाब वहीं दिया जाता है, निजी में नहीं भेजा जाता। /survey results { $number } इसके नतीजे दिखाता है।

## w6-netment
network-report-mentorships = { "  " }मेंटरशिप: { $active } चल रही हैं; अनुरोध: { $asked }, स्वीकार: { $accepted }

## w3-net-web
cmd-network-page-summary = नेटवर्क में साझा की गई चीज़ों के वेब पेज का लिंक (निजी में भेजा जाता है; revoke सभी लिंक बंद करता है)
cmd-network-page-usage = /network page [revoke] ["नेटवर्क"]
network-page-link = “{ $name }” में साझा की गई चीज़ों का वेब पेज ({ $hours } घंटे मान्य)। इसमें वही है जो सदस्यों ने साझा करना चुना, नाम केवल वहीं जहाँ उन्होंने सहमति दी; जिसके पास लिंक है वह इसकी अवधि खत्म होने तक इसे पढ़ सकता है। <code>/network page revoke</code> सभी लिंक बंद करता है।
network-page-revoked = “{ $name }” के पेज के अब तक दिए गए कोई भी लिंक अब काम नहीं करते। <code>/network page</code> नया लिंक देता है।
network-page-not-set-up = इस बॉट पर नेटवर्क का पेज सेट नहीं है: ऑपरेटर PUBLIC_URL सेट करता है (docs/configuration.md)।
network-page-title = नेटवर्क “{ $name }” में साझा किया गया
network-page-intro = सीखें जो इसके { $cohorts ->
    [one] { $cohorts } बैच
   *[other] { $cohorts } बैचों
} के सदस्यों ने साझा करना चुना, विषय और भाषा के अनुसार। जिसे लेखक ने वापस ले लिया, वह अब यहाँ नहीं है।
network-page-nothing = अभी तक कुछ साझा नहीं किया गया है।
network-page-expires = यह लिंक { $at } तक काम करता है।
network-page-refused-title = यह लिंक काम नहीं करता
network-page-refused = लिंक की अवधि खत्म हो गई, इसे रद्द किया गया, बदला गया, या यह किसी और पेज का है। नेटवर्क समन्वयक /network page से नया लिंक पाते हैं।
network-withdraw-title-any = आपकी साझा की गई चीज़ें। किसी को वापस लेने से वह अगले सारांशों में नहीं जाती और नेटवर्क के पेज से हट जाती है (पहले भेजा गया सारांश बना रहता है):
network-withdraw-done-any = वापस ले लिया: यह फिर नहीं भेजा जाएगा और नेटवर्क के पेज पर अब नहीं है।
network-withdraw-none-any = आपके पास वापस लेने के लिए कोई साझा की गई चीज़ नहीं है।
mydata-network-page = स्वीकृत चीज़ें, भेजी गई हों या नहीं, हर नेटवर्क के वेब पेज पर भी हैं, जिसके पास भी उसका लिंक हो उसके लिए, जब तक आप उन्हें वापस न लें (<code>/share withdraw</code>)।
network-round-rhythm-usage = बताइए कितनी बार: <code>/network round every 2w</code> (1 से 12 सप्ताह) या <code>/network round off</code>।
network-round-rhythm-weeks = राउंड हर 1 से { $max ->
    [one] { $max } सप्ताह
   *[other] { $max } सप्ताह
} में होते हैं, जैसे <code>/network round every 2w</code>।
network-round-rhythm-set = “{ $name }” के बैचों के बीच राउंड अब अपने आप { $weeks ->
    [one] हर सप्ताह
   *[other] हर { $weeks } सप्ताह
} होंगे; पहला { $next } को। <code>/network round off</code> उन्हें रोकता है।
network-round-rhythm-off = “{ $name }” के बैचों के बीच राउंड अब अपने आप नहीं होंगे; <code>/network round</code> अब भी एक शुरू करता है।
network-round-rhythm-skipped = इस बार “{ $name }” के बैचों के बीच कोई राउंड नहीं: दो बैच और <code>/network meet on</code> से जुड़े कम से कम दो सदस्य चाहिए।
network-round-rhythm-note = यह राउंड अपने आप हुआ ({ $weeks ->
    [one] हर सप्ताह
   *[other] हर { $weeks } सप्ताह
}); अगला { $next } को।
## w3-net-e2e
network-meet-intro-you-write = { $platform } पर आपका कोई सार्वजनिक यूज़रनेम नहीं है, इसलिए { $name } आपको नहीं लिख सकते: कृपया आप पहले लिखें।
## w3-edges-pair
pair-ended-group = { $person }, { $name } में आपकी मेंटरशिप समाप्त हो गई है।
pair-open-private = <a href="{ $link }">मेरे साथ निजी चैट खोलें</a>, ताकि ऐसी खबरें आप तक वहीं पहुँचें।
## w3-edges-tg
timezone-every-cohort = आपका टाइमज़ोन हर बैच में एक ही है: --cohort इसे सिर्फ़ एक बैच के लिए नहीं बदलता।
