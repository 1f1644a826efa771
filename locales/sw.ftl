# cohort-bot — Kiswahili.
# Ujumbe uko katika markup: <b>, <i>, <code>, <a href="…">. Bot hulinda vigeu vyote.
# Kila ufunguo wa en.ftl lazima uwepo hapa: jaribio hushindwa ukikosekana.

language-name = Kiswahili

## Maneno ya pamoja

value-none = —
value-yes = ndiyo
value-no = hapana
cancelled = Imeghairiwa. Hakuna kilichobadilishwa.
done = Imekamilika.
usage-line = Matumizi: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] mshauri
    [coordinator] mratibu
   *[member] mwanachama
}
status-name = { $status ->
    [paused] amesimama kwa muda
    [left] ameondoka
    [archived] limehifadhiwa
   *[active] hai
}
field-cohort-name = jina la kundi
field-languages = lugha
field-region = eneo
field-themes = mada kuu
field-topics = mada
field-about = maelezo “kuhusu mimi”
button-cancel = Ghairi
button-archive-confirm = Ndiyo, lihifadhi
button-forget-confirm = Ndiyo, futa data zangu

## Makosa

error-internal = Samahani, kuna hitilafu upande wangu. Tafadhali jaribu tena baada ya dakika moja.
error-unknown-command = Sijui amri { $command }. Tuma /help kuona ninachoweza kufanya.
error-unknown-command-suggest = Sijui amri { $command }. Je, ulimaanisha { $suggestion }?
error-unknown-subcommand = “{ $sub }” si kitu ambacho amri hii hufanya.
error-unknown-subcommand-suggest = “{ $sub }” si kitu ambacho amri hii hufanya. Je, ulimaanisha “{ $suggestion }”?
error-missing-subcommand = Amri hii inahitaji neno linaloeleza la kufanya.
error-unclosed-quote = Alama ya nukuu haijafungwa: ongeza { $quote } mwishoni mwa maandishi.
error-unknown-flag = Sijui chaguo { $flag }.
error-flag-needs-value = Chaguo { $flag } linahitaji thamani, kama { $flag }=thamani.
error-missing-argument = Kuna kitu kinakosekana hapa ({ $argument }).
error-unexpected-words = Sikutarajia “{ $words }” hapa.
error-nothing-to-change = Niambie cha kubadilisha, kwa angalau chaguo moja.
error-group-only = { $command } hufanya kazi katika gumzo la kikundi, mahali kundi lilipo.
error-no-cohort-here = Bado hakuna kundi katika gumzo hili. Msimamizi wa kikundi anaweza kuunda moja kwa <code>/cohort create "Jina"</code>.
error-not-member = Wanachama wa kundi hili pekee wanaweza kufanya hivyo. Tuma /join ili kujiunga.
error-needs-role = { $role } wa kundi hili pekee anaweza kufanya hivyo.
error-text-empty = Sehemu ya { $field } haina herufi zinazoonekana.
error-text-too-long = Ni ndefu mno: sehemu ya { $field } inaweza kuwa na { $max ->
    [one] herufi { $max }
   *[other] herufi { $max }
} tu (hii ina { $length }).
error-too-many-items = { $field } nyingi mno: zisizidi { $max }.
error-bad-timezone = “{ $value }” si saa za eneo ninazozijua. Tumia jina kama Africa/Nairobi, Africa/Dar_es_Salaam au Africa/Kampala.
error-bad-language = “{ $value }” si msimbo wa lugha. Tumia misimbo kama sw, en, fr au pt-BR.
error-unsupported-language = Bado sizungumzi “{ $value }”. Ninazungumza: { $available }.
error-bad-until = “{ $value }” si tarehe wala muda. Tumia tarehe kama 2026-12-24, au 12h, 3d, 2w.
error-until-past = { $value } imeshapita.
error-until-too-far = { $value } ni zaidi ya mwaka mmoja kutoka sasa.
error-bad-number = { $field } lazima iwe namba kamili kuanzia { $min } hadi { $max } (si “{ $value }”).
error-bad-yes-no = Jibu { $field } kwa ndiyo au hapana (si “{ $value }”).
error-bad-role = “{ $value }” si jukumu. Majukumu ni member, mentor na coordinator.
error-bad-profile-field = “{ $value }” si sehemu ya wasifu. Sehemu: { $fields }.
error-unknown-person = Bado simjui { $who }. Ninawafahamu watu wanapoandika katika gumzo nililopo.
error-not-in-cohort = { $name } si mwanachama wa kundi hili.
error-cohort-exists = Gumzo hili tayari lina kundi: { $name }. Lihifadhi kwanza ili kuanzisha jingine.
error-cohort-archived = Kundi { $name } limehifadhiwa.
error-unknown-cohort = Hauko katika kundi linaloitwa “{ $value }”. Makundi yako: { $cohorts }.
private-not-understood = Ninajibu amri. Tuma /help kuziona.

## Vitufe

action-stale = Kitufe hiki hakifanyi kazi tena.
action-not-yours = Kitufe hiki ni cha mtu mwingine.

## /help

cmd-help-summary = ninachoweza kufanya hapa
cmd-help-usage = /help [amri]
help-title-group = <b>Amri unazoweza kutumia katika kikundi hiki</b>
help-title-private = <b>Amri unazoweza kutumia hapa</b>
help-line = { $usage } — { $summary }
help-footer = Tuma <code>/help amri</code> ili kujifunza zaidi kuhusu mojawapo.
help-where-group = Hufanya kazi katika gumzo la kikundi.
help-where-private = Hufanya kazi katika gumzo la faragha nami.

## /start

start-welcome = Habari { $name }! Ninaendesha makundi ya kujifunza pamoja: ripoti za maendeleo, ushauri, tafakari. Tuma /help kuona unachoweza kufanya, au fungua kiungo cha kujiunga cha kundi.
start-joined = Karibu { $name }! Jieleze kwa mshauri wako na kwa waratibu, hapa faraghani, kwa <code>/profile set about …</code>. Tuma /help kuona zaidi.
start-bad-link = Kiungo hiki cha kujiunga hakifanyi kazi tena. Omba kipya kwa mratibu.

## /cohort

cmd-cohort-summary = ona kundi la gumzo hili; waratibu huliunda na kulisimamia
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = onyesha kundi
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = unda kundi la gumzo au mada hii
cmd-cohort-create-usage = /cohort create "Jina" [--languages sw,en] [--region "…"] [--themes "a, b"] [--timezone Eneo/Mji] [--language sw]
cmd-cohort-edit-summary = badilisha jina, muktadha au mipangilio ya kundi
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
cmd-cohort-pause-summary = simamisha kundi kwa muda, ukitaka hadi tarehe fulani
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = endeleza kundi lililosimamishwa
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = hifadhi kundi (huuliza kwanza)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = Bado hakuna kundi katika gumzo hili. Msimamizi wa kikundi anaweza kuunda moja kwa <code>/cohort create "Jina"</code>.
cohort-created = Kundi <b>{ $name }</b> limeundwa. Wanachama hujiunga kwa /join au kwa kiungo kilicho hapa chini.
cohort-edited = Imebadilishwa: { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = Hali: { $status }
cohort-card-status-until = Hali: { $status } hadi { $until }
cohort-card-languages = Lugha: { $languages }
cohort-card-region = Eneo: { $region }
cohort-card-themes = Mada kuu: { $themes }
cohort-card-timezone = Saa za eneo: { $timezone }
cohort-card-language = Bot inazungumza: { $language }
cohort-card-members = { $count ->
    [one] Mwanachama mmoja
   *[other] Wanachama { $count }
}
cohort-card-names-in-group-on = Katika kikundi ninataja majina ya wasiojibu, walio mapumzikoni na wasiopata mwenzi.
cohort-card-names-in-group-off = Katika kikundi ninahesabu tu, bila majina, wasiojibu, walio mapumzikoni au wasiopata mwenzi; waratibu hupata majina faraghani.
cohort-card-join-link = Kiungo cha kujiunga: <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } limesimamishwa kwa muda. Hakuna kilichopangwa hadi /cohort resume.
cohort-paused-until = { $name } limesimamishwa hadi { $until }.
cohort-already-paused = Kundi tayari limesimamishwa.
cohort-not-paused = Kundi halijasimamishwa.
cohort-resumed = { $name } linaendelea tena.
cohort-resumed-auto = Mapumziko yamekwisha: { $name } linaendelea tena.
cohort-archive-confirm = Hifadhi <b>{ $name }</b>? Wanachama wanabaki katika gumzo, lakini kundi linasimama na jipya linaweza kuundwa hapa.
cohort-archived = { $name } limehifadhiwa.
bot-added = Habari! Ninaendesha makundi ya kujifunza pamoja. Msimamizi wa kikundi anaweza kuanzisha moja kwa <code>/cohort create "Jina"</code>; tuma /help kuona zaidi.
room-encrypted = Chumba hiki kimesimbwa mwanzo hadi mwisho, na bado siwezi kusoma ujumbe uliosimbwa, kwa hiyo amri hapa hazijibiwi. Tumia chumba kisichosimbwa kwa kundi, au mwombe anayeniendesha awashe usimbaji.
bot-added-with-cohort = Habari tena! Kundi { $name } bado liko hapa. Tuma /help kuona ninachoweza kufanya.

## Wanachama

cmd-join-summary = jiunge na kundi la gumzo hili
cmd-join-usage = /join
cmd-leave-summary = ondoka katika kundi la gumzo hili
cmd-leave-usage = /leave
cmd-members-summary = orodha ya wanachama wa kundi
cmd-members-usage = /members [--all]
cmd-role-summary = mpe mtu jukumu
cmd-role-usage = /role @mtumiaji member|mentor|coordinator
join-welcome = Karibu { $name }, { $person }!
join-welcome-dm = Karibu { $name }! Jieleze kwa mshauri wako na kwa waratibu, hapa faraghani, kwa <code>/profile set about …</code>. Tuma /help kuona zaidi.
join-already = Tayari wewe ni mwanachama wa { $name }.
join-in-private = Ili kujiunga na kundi, tuma /join katika kikundi chake, au fungua kiungo chake cha kujiunga.
leave-done = Umeondoka { $name }. Wasifu wako umehifadhiwa ukirudi; /forgetme hufuta kila kitu.
leave-not-member = Wewe si mwanachama wa { $name }.
cmd-pause-summary = chukua mapumziko: hakuna ripoti za maendeleo wala wenzi watakaokufikia hadi yaishe
cmd-pause-usage = /pause [--until 2026-12-24|2w] (faraghani: [--cohort "Jina"])
cmd-resume-summary = maliza mapumziko yako mapema
cmd-resume-usage = /resume (faraghani: [--cohort "Jina"])
pause-done-until = Uko mapumzikoni kutoka { $name } hadi { $until }: hakuna ripoti za maendeleo, vikumbusho wala wenzi watakaokufikia. /resume huyamaliza mapema.
resume-done = Karibu tena { $name }: ripoti za maendeleo zitakufikia tena.
resume-not-paused = Hauko mapumzikoni kutoka { $name }.
pause-ended-dm = Mapumziko yako kutoka { $name } yamekwisha: ripoti za maendeleo zitakufikia tena. /pause huanzisha mengine.
members-title = <b>{ $name }</b>: { $count ->
    [one] mwanachama mmoja
   *[other] wanachama { $count }
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] Mwanachama mwingine mmoja yuko mapumzikoni.
   *[other] Wanachama wengine { $count } wako mapumzikoni.
}
members-left-count = { $count ->
    [one] Mtu mwingine mmoja ameondoka katika kundi.
   *[other] Watu wengine { $count } wameondoka katika kundi.
}
members-names-sent-privately = Nimekutumia orodha kamili faraghani.
members-names-not-in-group = Majina yao hayaonyeshwi katika kikundi (/cohort edit --names-in-group yes huyaonyesha).
members-none = { $name } bado halina wanachama.
role-set = { $name } sasa ni { $role }.
role-admin-note = { $name } ni msimamizi wa gumzo hili na anabaki mratibu hapa muda wote atakapokuwa msimamizi.
role-admin-granted-note = { $name } pia ni msimamizi wa gumzo hili. Jukumu alilopewa linamfanya abaki mratibu akiacha kuwa msimamizi; <code>/role @mtumiaji member</code> hulirudisha.
members-coordinator = { $source ->
    [admin] mratibu (msimamizi wa gumzo)
    [both] mratibu (msimamizi wa gumzo, pia amepewa kwa /role)
   *[granted] mratibu (amepewa kwa /role)
}
members-roles-note = Wasimamizi wa gumzo ni waratibu muda wote wakiwa wasimamizi. Jukumu lililotolewa kwa /role hubaki hadi <code>/role @mtumiaji member</code> ilirudishe.
role-unchanged = { $name } tayari ni { $role }.

## /profile

cmd-profile-summary = ona au badilisha wasifu wako
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = onyesha wasifu wako (waratibu: wa mtu mwingine, hutumwa faraghani)
cmd-profile-show-usage = /profile [show] [@mtumiaji] [--cohort "Jina"]
cmd-profile-set-summary = weka sehemu: languages, region, topics, timezone, capacity, wants-mentor, stage; faraghani pia preferences na about
cmd-profile-set-usage = /profile set sehemu thamani [--cohort "Jina"]
cmd-profile-clear-summary = futa sehemu
cmd-profile-clear-usage = /profile clear sehemu [--cohort "Jina"]
profile-title = <b>{ $name }</b> katika { $cohort } — { $role }, { $status }
profile-languages = Lugha: { $value }
profile-region = Eneo: { $value }
profile-topics = Mada: { $value }
profile-timezone = Saa za eneo: { $value }
profile-capacity = Anaweza kushauri: { $value ->
    [0] hapana
    [one] mtu mmoja
   *[other] watu { $value }
}
profile-wants-mentor = Anataka mshauri: { $value }
profile-about = Kuhusu: { $value }
profile-updated = Nimehifadhi { $field } yako kwa { $cohorts }.
profile-cleared = Nimefuta { $field } yako kwa { $cohorts }.
profile-no-cohorts = Bado hauko katika kundi lolote. Jiunge na moja kwa /join katika kikundi chake, au kwa kiungo chake cha kujiunga.

## /language na /timezone

cmd-language-summary = chagua lugha ninayokuandikia
cmd-language-usage = /language [msimbo]
cmd-timezone-summary = ona au weka saa za eneo lako
cmd-timezone-usage = /timezone [Eneo/Mji]
language-current = Ninakuandikia kwa { $language }. Chagua nyingine:
language-set = Kuanzia sasa ninakuandikia kwa { $language }.
language-group-note = Katika kikundi hiki ninaendelea kuzungumza lugha ya kundi.
timezone-current = Saa za eneo lako: { $timezone } (sasa ni { $now }).
timezone-set = Saa za eneo lako sasa ni { $timezone } (sasa ni { $now }).

## /mydata na /forgetme

cmd-mydata-summary = kila kitu ninachohifadhi kukuhusu
cmd-mydata-usage = /mydata
cmd-forgetme-summary = futa kila kitu ninachohifadhi kukuhusu
cmd-forgetme-usage = /forgetme
mydata-title = <b>Ninachohifadhi kukuhusu</b>
mydata-account = Jina: { $name } (jina la mtumiaji: { $username }), kitambulisho cha { $platform } { $id }
mydata-settings = Lugha: { $language } (programu yako inasema: { $hint }), saa za eneo: { $timezone }
mydata-since = Nimekufahamu tangu { $date }
mydata-memberships = { $count ->
    [0] Hauko katika kundi lolote.
    [one] Uko katika kundi moja:
   *[other] Uko katika makundi { $count }:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, tangu { $joined }
mydata-profile = { "  " }lugha { $languages }; eneo { $region }; mada { $topics }; saa za eneo { $timezone }; anaweza kushauri { $capacity }; anataka mshauri { $wantsMentor }; kuhusu: { $about }
mydata-audit = { $count ->
    [0] Hujafanya mabadiliko yoyote kama mratibu.
    [one] Badiliko moja la mratibu limeandikwa kwa jina lako.
   *[other] Mabadiliko { $count } ya mratibu yameandikwa kwa jina lako.
}
mydata-footer = Sihifadhi ujumbe wa gumzo, ila tu unachojibu katika ripoti za maendeleo na tafakari (zimeorodheshwa hapo juu). /forgetme hufuta yote haya.
forgetme-confirm = Hii inafuta akaunti yako hapa, wasifu wako na uanachama wako katika { $count ->
    [one] kundi moja
   *[other] makundi { $count }
}. Hatua ulizochukua kama mratibu zinabaki kwenye kumbukumbu bila jina lako. Hili haliwezi kutenduliwa.
forgetme-done = Imekamilika: nimefuta kila kitu nilichohifadhi kukuhusu. Ukiniandikia tena, ninaanza upya.

## Ripoti za maendeleo

cmd-checkin-summary = ripoti za maendeleo za mara kwa mara: zione; waratibu huzipangia ratiba
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = orodha ya ratiba za ripoti za maendeleo za kundi hili
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = ongeza ratiba ya ripoti za maendeleo kwa saa za eneo la kundi
cmd-checkin-schedule-usage = /checkin schedule kila wiki Jumatatu 18:00 | kila 2 wiki Alhamisi 09:30 | kila mwezi wa kwanza Jumanne 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = tuma ripoti ya maendeleo sasa
cmd-checkin-now-usage = /checkin now [namba]
cmd-checkin-skip-summary = ruka ripoti ya maendeleo inayofuata ya ratiba
cmd-checkin-skip-usage = /checkin skip namba
cmd-checkin-pause-summary = simamisha ratiba kwa muda
cmd-checkin-pause-usage = /checkin pause namba
cmd-checkin-resume-summary = endeleza ratiba iliyosimamishwa
cmd-checkin-resume-usage = /checkin resume namba
cmd-checkin-delete-summary = futa ratiba na ripoti zake
cmd-checkin-delete-usage = /checkin delete namba
checkin-question-1 = Umefanya nini tangu ripoti ya maendeleo iliyopita?
checkin-question-2 = Utafanyia kazi nini baadaye?
checkin-question-3 = Kuna kitu kinachokuzuia, au kuna mtu anayeweza kukusaidia?
checkin-error-pattern = Siwezi kusoma “{ $pattern }” kama ratiba. Jaribu: kila wiki Jumatatu 18:00, kila 2 wiki Alhamisi 09:30, kila mwezi wa kwanza Jumanne 17:00, au cron 0 18 * * 1.
checkin-error-weekday = “{ $word }” si siku ya wiki (Jumatatu, Jumanne, Jumatano, Alhamisi, Ijumaa, Jumamosi, Jumapili).
checkin-error-time = “{ $word }” si saa ya siku (00:00 hadi 23:59).
checkin-error-nth = “{ $word }” si kwanza, pili, tatu, nne wala mwisho.
checkin-error-every = Wiki “{ $word }”: chagua kuanzia 1 hadi 8.
checkin-error-cron = “{ $field }” si sehemu sahihi ya cron (dakika saa siku mwezi siku-ya-wiki).
checkin-error-never = Ratiba hiyo haitokei kamwe (tarehe hiyo haipo).
checkin-error-too-often = Ripoti za maendeleo zinaweza kufanyika mara moja kwa saa au chini ya hapo.
checkin-error-span = { $flag } “{ $value }” si muda kati ya 10m na 14d (kama 90m, 6h, 2d).
checkin-error-remind-window = Kikumbusho lazima kije kabla majibu hayajafungwa: fanya --remind iwe fupi kuliko --window.
checkin-error-window-overlap = Muda wa kujibu ni mrefu kuliko muda kati ya ripoti mbili: fupisha --window.
checkin-error-digest = “{ $value }” si group wala coordinators.
checkin-error-questions = Maswali { $max ->
    [one] { $max }
   *[other] { $max }
} tu, tafadhali.
checkin-error-question-length = Swali linaweza kuwa na { $max ->
    [one] herufi { $max }
   *[other] herufi { $max }
} tu.
checkin-error-no-schedule = Hakuna ratiba ya ripoti “{ $id }” hapa. /checkin list huzionyesha.
checkin-error-not-active = Ratiba #{ $id } imesimamishwa: hakuna ripoti inayofuata ya kuruka.
checkin-error-already-paused = Ratiba #{ $id } tayari imesimamishwa.
checkin-error-not-paused = Ratiba #{ $id } haijasimamishwa.
checkin-error-not-member = Wanachama wa kundi hili pekee wanaweza kujibu ripoti zake za maendeleo. /join kwanza.
checkin-error-closed = Ripoti hii ya maendeleo imefungwa: majibu hayapokelewi tena.
checkin-error-on-break = Uko mapumzikoni kutoka kundi hili, kwa hiyo ripoti za maendeleo hazikuhesabu. /resume kwanza ili kujibu.
checkin-none-yet = Bado hakuna ripoti za maendeleo zilizopangwa hapa. Waratibu: /checkin schedule kila wiki Jumatatu 18:00
checkin-scheduled = Ratiba ya ripoti za maendeleo #{ $id } imewekwa.
checkin-list-title = <b>Ratiba za ripoti za maendeleo</b>
checkin-schedule-line = #{ $id }: { $pattern } ({ $timezone }), { $status ->
    [paused] imesimamishwa
   *[other] inayofuata { $next }
}, majibu yako wazi { $window }
checkin-skipped = Ripoti ya ratiba #{ $id } ya { $when } itarukwa.
checkin-paused = Ratiba #{ $id } imesimamishwa.
checkin-resumed = Ratiba #{ $id } inaendelea tena; ripoti inayofuata { $next }.
checkin-delete-confirm = Futa ratiba #{ $id } ({ $pattern }) pamoja na ripoti na majibu yake? Hili haliwezi kutenduliwa.
checkin-deleted = Ratiba #{ $id } imefutwa.
button-checkin-delete-confirm = Ifute
button-checkin-private = Jibu faraghani
button-checkin-share = Shiriki na kundi
button-checkin-keep-private = Iwe siri
checkin-prompt = <b>Ni wakati wa ripoti ya maendeleo, { $name }!</b> Majibu yako wazi hadi { $closes }.
checkin-prompt-how = Jibu ujumbe huu ili kujibu hapa (mstari mmoja kwa kila swali), au jibu faraghani.
checkin-private-started = Nimekuandikia faraghani.
checkin-dm-first = Siwezi kukuandikia kwanza: fungua gumzo la faragha nami, kisha bonyeza kitufe tena.
checkin-dm-link = { $person }, siwezi kukuandikia kwanza. Fungua { $link } kisha bonyeza Anza: majibu yako yanaanzia hapo.
checkin-dm-first-link = Siwezi kukuandikia kwanza: tumia kiungo nilichochapisha.
checkin-dm-intro = Ripoti ya maendeleo ya { $name }. Jibu swali moja baada ya jingine; andika “ruka” kuruka swali.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = Asante! Umejibu { $answered } kati ya { $total }. Ushiriki majibu yako katika muhtasari?
checkin-will-share = Majibu yako yataonekana katika muhtasari.
checkin-kept-private = Majibu yako yanabaki siri: muhtasari unakuhesabu tu.
checkin-reflect-offer = Ungependa kuandika tafakari fupi kuhusu ulichojifunza? Ni wewe tu utakayeisoma isipokuwa uchague vinginevyo.
button-reflect-write = Andika tafakari
button-reflect-not-now = Si sasa
checkin-reflect-ask = Andika tafakari yako katika ujumbe unaofuata (au “ruka”).
checkin-reflect-later = Sawa. Wakati wowote: /reflect ikifuatiwa na mistari michache.
button-visibility-mentor = Shiriki na mshauri wangu
button-visibility-coordinators = Shiriki na waratibu
button-visibility-cohort = Shiriki na kundi
checkin-answer-saved = Asante, jibu lako limeandikwa.
checkin-reminder-dm = Ripoti ya maendeleo ya { $name } inafungwa hivi karibuni na bado sijapata jibu lako.
checkin-reminder-group = Ripoti ya maendeleo inafungwa hivi karibuni; bado hawajajibu: { $names }.
checkin-reminder-group-count = Ripoti ya maendeleo inafungwa hivi karibuni; { $count ->
    [one] mtu mmoja bado hajajibu.
   *[other] watu { $count } bado hawajajibu.
}
checkin-digest-title = <b>Muhtasari wa ripoti ya maendeleo, { $name }</b>
checkin-digest-count = { $count ->
    [0] Hakuna aliyeshiriki
    [one] Mtu mmoja alishiriki
   *[other] Watu { $count } walishiriki
} (kati ya { $total }).
checkin-digest-who = Asanteni { $names }.
checkin-digest-coordinators-only = Majibu yanaenda kwa waratibu tu.
checkin-digest-reflections = <b>Tafakari zilizoshirikiwa</b>
cmd-checkin-stats-summary = nani alishiriki katika ripoti za karibuni, na nani amekaa kimya (hutumwa faraghani)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = Bado hakuna ripoti ya maendeleo iliyofungwa.
checkin-stats-title = <b>Ushiriki katika { $count ->
    [one] ripoti ya maendeleo ya mwisho
   *[other] ripoti { $count } za mwisho za maendeleo
}</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, mfululizo { $streak }
checkin-stats-inactive = Wamekosa { $count ->
    [one] ripoti moja
   *[other] ripoti { $count }
} au zaidi mfululizo: { $names }
checkin-error-inactive-after = “{ $value }” si idadi ya ripoti kuanzia 0 hadi 20 (0: kamwe).
checkin-nudge = Habari { $person }! Umekosa { $count ->
    [one] ripoti ya maendeleo ya mwisho
   *[other] ripoti { $count } za mwisho za maendeleo
} za { $name }. Bila shinikizo: bado uko nasi, ungependa mapumziko ya wiki mbili, au ungependa kuondoka katika kundi?
button-nudge-in = Bado niko
button-nudge-pause = Mapumziko ya wiki mbili
button-nudge-leave = Ondoka katika kundi
nudge-still-in = Nafurahi kusikia hivyo! Tuonane katika ripoti inayofuata ya { $name }.
nudge-left = Umeondoka { $name }. /join katika kikundi inakurudisha wakati wowote, na wasifu wako kama ulivyokuwa.
mydata-checkins = { $count ->
    [0] Hujajibu ripoti yoyote ya maendeleo.
    [one] Jibu lako la ripoti ya maendeleo (moja):
   *[other] Majibu yako ya ripoti za maendeleo ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (yameshirikiwa: { $shared })

## Tafakari

cmd-reflect-summary = andika tafakari faraghani; chagua nani anaweza kuisoma
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "Jina"]
cmd-reflections-summary = orodha ya tafakari zako, au kwa “shared” zile ambazo wengine wamekuruhusu kusoma (faraghani)
cmd-reflections-usage = /reflections [shared] [--cohort "Jina"]
reflect-error-not-member = Tafakari ni za kundi: /join kundi kwanza.
reflect-error-too-long = Tafakari inaweza kuwa na { $max ->
    [one] herufi { $max }
   *[other] herufi { $max }
} tu.
reflect-error-visibility = “{ $value }” si me, mentor, coordinators wala cohort.
reflect-saved = Imehifadhiwa katika { $cohort }. { $visibility ->
    [me] Ni wewe tu unayeweza kuisoma.
    [mentor] Wewe na mshauri wako mnaweza kuisoma.
    [coordinators] Wewe na waratibu mnaweza kuisoma.
   *[cohort] Kundi linaweza kuisoma, na itaonekana katika muhtasari unaofuata.
}
reflections-title = <b>Tafakari zako</b>
reflections-none = Bado hujaandika tafakari yoyote. /reflect … huandika moja.
reflections-line = { $date }, { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>Tafakari ulizoshirikishwa</b> (siku 90 zilizopita)
reflections-shared-none = Hakuna aliyekushirikisha tafakari katika siku 90 zilizopita.
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] Hujaandika tafakari yoyote.
    [one] Tafakari yako (moja):
   *[other] Tafakari zako ({ $count }):
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }): { $text }

## Kuunganisha

cmd-pair-summary = mshauri wako au washauriwa wako; waratibu huunganisha washauri na washauriwa
cmd-pair-usage = /pair [mentors|confirm] | /pair @mshauri @mshauriwa
cmd-pair-show-summary = mshauri wako au washauriwa wako (waratibu: /pair @mshauri @mshauriwa huunganisha watu wawili kwa mkono)
cmd-pair-show-usage = /pair | /pair @mshauri @mshauriwa
cmd-pair-mentors-summary = onyesho la awali la mshauri bora kwa kila mwanachama anayetaka, na sababu (hutumwa faraghani)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = waulize washauri wa onyesho la awali
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = maliza ushauri wa mtu (huuliza kwanza)
cmd-unpair-usage = /unpair @mtumiaji
pair-reason-shared-language = wote wanazungumza { $values }
pair-reason-language-bridging = hakuna lugha ya pamoja (imeruhusiwa na mratibu)
pair-reason-same-region = wote wako { $values }
pair-reason-shared-topics = mada: { $values }
pair-reason-timezone-overlap = saa { $values } za kuwa macho kwa pamoja
pair-reason-timezone-unknown = saa za eneo hazijulikani
pair-reason-stage-fit = hatua zinaendana ({ $values })
pair-reason-stage-mismatch = hatua ziko mbali ({ $values })
pair-reason-shared-preference = pendeleo la pamoja
pair-reason-repeat = waliunganishwa hapo awali ({ $values })
pair-reason-none = hakuna sababu kubwa zaidi ya kuwa huru
pair-preview-title = <b>Washauri wanaopendekezwa</b> ({ $count ->
    [one] jozi moja
   *[other] jozi { $count }
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: hakuna mshauri anayefaa (hakuna lugha ya pamoja, au ameondolewa)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: washauri wanaofaa hawana nafasi tena
pair-preview-confirm = /pair confirm huwauliza washauri hawa; /pair mentors hukokotoa upya.
pair-confirmed = { $count ->
    [one] Nimemuuliza mshauri mmoja.
   *[other] Nimewauliza washauri { $count }.
} Kila mmoja ana { $hours ->
    [one] saa moja
   *[other] saa { $hours }
} kujibu; bila jibu, mshauriwa hupendekezwa kwa mshauri bora anayefuata.
pair-asked-one = Nimemuuliza { $mentor } amshauri { $mentee }.
pair-ask = Habari { $mentor }! Je, ungekubali kumshauri { $mentee } katika { $name }?
pair-why = Kwa nini wewe: { $reasons }.
pair-about = Kumhusu: { $about }
pair-ask-deadline = Tafadhali jibu kabla ya { $when }.
button-pair-accept = Kubali
button-pair-decline = Kataa
pair-answer-late = Ombi hili halipo wazi tena.
pair-accepted-toast = Asante! Nimewatambulisha ninyi wawili.
pair-declined-thanks = Asante kwa kuniambia. Nitamuuliza mtu mwingine.
pair-no-next-mentor = Hakuna mshauri mwingine aliye huru kwa { $mentee } katika { $name } kwa sasa. Tumia /pair mentors tena mtu akipata nafasi.
pair-intro-mentee = { $person }, kutana na mshauri wako { $other } katika { $name }!
pair-intro-mentor = { $person }, kutana na mshauriwa wako { $other } katika { $name }!
pair-intro-times = Baadhi ya nyakati za kukutana (saa 18:00 kwa mshauriwa):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = Mshauri wako: { $other } ({ $status ->
    [asked] ameulizwa, anasubiriwa kujibu
   *[other] imethibitishwa
})
pair-mine-mentee = Mshauriwa wako: { $other } ({ $status ->
    [asked] anasubiri jibu lako
   *[other] imethibitishwa
})
pair-mine-none = Bado huna mshauri wala mshauriwa katika kundi hili. Unataka mmoja? /profile set wants-mentor yes
pair-error-two-people = Taja watu wawili: /pair @mshauri @mshauriwa
pair-error-self = Mtu hawezi kuwa mshauri wake mwenyewe.
pair-error-has-mentor = { $mentee } tayari ana mshauri (au mmoja anaulizwa). /unpair { $mentee } kwanza.
pair-error-no-mentors = Bado hakuna katika kundi hili aliyejitolea kushauri: wanachama hujitolea kwa /profile set capacity 2.
pair-error-no-mentees = Hakuna anayesubiri mshauri: wanachama huomba kwa /profile set wants-mentor yes.
pair-error-no-preview = Hakuna onyesho la awali la kuthibitisha: /pair mentors huunda moja.
pair-error-not-paired = { $who } hana mshauri wala mshauriwa.
unpair-confirm = Maliza { $count ->
    [one] ushauri
   *[other] ushauri { $count }
} wa { $who }?
button-unpair-confirm = Maliza
unpair-done = { $count ->
    [one] Ushauri mmoja umemalizika.
   *[other] Ushauri { $count } umemalizika.
}
mydata-mentorships = { $count ->
    [0] Huna ushauri wowote.
    [one] Ushauri wako (mmoja):
   *[other] Ushauri wako ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: mshauri wa { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: unashauriwa na { $other } ({ $status })
cmd-pair-peers-summary = endesha mzunguko wa wenzi sasa: jozi (watatu idadi ikiwa witiri), wenzi wapya inapowezekana
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = mizunguko ya wenzi yenyewe kila baada ya wiki chache, au imezimwa; siku hadi “mlikutana?”
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = mizunguko ya wenzi hadi sasa: vikundi, na nani alisema walikutana (hutumwa faraghani)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>Mzunguko wa wenzi { $number } katika { $name }</b>: wasalimie wenzi wako na tafuteni wakati wa kuzungumza.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: hakuna aliyefaa safari hii, samahani.
pair-round-unplaced-count = • { $count ->
    [one] Kwa mtu mmoja hakuna aliyefaa safari hii, samahani.
   *[other] Kwa watu { $count } hakuna aliyefaa safari hii, samahani.
}
pair-round-unplaced-dm = Habari { $person }. Katika mzunguko wa wenzi { $number } wa { $name } hakuna aliyekufaa safari hii, samahani. Nitajaribu tena katika mzunguko unaofuata.
pair-round-unplaced-coordinators = Mzunguko wa wenzi { $number } wa { $name }: hakuna aliyewafaa { $names } safari hii. Waratibu pekee ndio wanaosoma hili.
pair-round-follow-up = Tarehe { $when } nitamuuliza kila mmoja wenu kama mlikutana.
pair-round-dm = Habari { $person }! Katika mzunguko wa wenzi { $number } wa { $name } uko pamoja na { $others }. Wasalimie na tafuteni wakati wa kuzungumza.
pair-met-question = Habari { $person }! Je, ulikutana na { $others } (mzunguko wa wenzi { $number } wa { $name })?
button-pair-met-yes = Ndiyo
button-pair-met-no = Hapana
button-pair-met-not-yet = Bado
pair-met-thanks-yes = Vizuri sana, asante!
pair-met-thanks-no = Asante kwa kuniambia. Labda mzunguko ujao.
pair-met-thanks-not-yet = Nimeandika. Bado unaweza kujibu Ndiyo baadaye.
pair-peers-error-paused = { $name } limesimamishwa: hakuna mizunguko ya wenzi hadi liendelee.
pair-peers-error-too-few = Mzunguko wa wenzi unahitaji angalau wanachama wawili walio hai (walio mapumzikoni hawahusishwi).
pair-rounds-off = Mizunguko ya wenzi imezimwa. /pair rounds every 2w huianzisha; “mlikutana?” huja { $days ->
    [one] siku moja
   *[other] siku { $days }
} baada ya kila mzunguko.
pair-rounds-on = Mizunguko ya wenzi kila { $weeks ->
    [one] wiki
   *[other] wiki { $weeks }
}; unaofuata { $next }. “Mlikutana?” huja { $days ->
    [one] siku moja
   *[other] siku { $days }
} baada ya kila mzunguko.
pair-rounds-set = Mizunguko ya wenzi kila { $weeks ->
    [one] wiki
   *[other] wiki { $weeks }
}; wa kwanza { $next }. /pair peers huendesha mmoja sasa.
pair-rounds-turned-off = Mizunguko ya wenzi imezimwa.
pair-rounds-follow-up-set = “Mlikutana?” itakuja { $days ->
    [one] siku moja
   *[other] siku { $days }
} baada ya kila mzunguko.
pair-rounds-error-usage = Sema mara ngapi: /pair rounds every 2w, /pair rounds every 1w au /pair rounds off.
pair-rounds-error-weeks = Mizunguko hufanyika kila { $max ->
    [one] wiki 1 hadi { $max }
   *[other] wiki 1 hadi { $max }
}, kwa mfano /pair rounds every 2w.
pair-rounds-error-days = “Mlikutana?” huja { $max ->
    [one] siku 1 hadi { $max }
   *[other] siku 1 hadi { $max }
} baada ya mzunguko, kwa mfano /pair rounds follow-up 3d.
pair-stats-none = Bado hakuna mizunguko ya wenzi: /pair peers huendesha mmoja.
pair-stats-title = <b>Mizunguko ya wenzi</b> ({ $count })
pair-stats-line = • Mzunguko { $number } ({ $date }): { $groups ->
    [one] kikundi kimoja
   *[other] vikundi { $groups }
}, { $people ->
    [one] mtu mmoja
   *[other] watu { $people }
}. Walikutana: ndiyo { $yes }, hapana { $no }, bado { $notYet }, hawakujibu { $unanswered }
cmd-avoid-summary = usiwahi kuunganishwa na mtu fulani (faraghani; yeye haambiwi)
cmd-avoid-usage = /avoid [@mtumiaji] [--remove] [--cohort "Jina"]
avoid-title = <b>Watu ambao hutaunganishwa nao kamwe</b>
avoid-line = • { $cohort }: { $names }
avoid-none = Hukwepi mtu yeyote. /avoid @mtumiaji, hapa faraghani, nami sitawahi kukuunganisha naye; yeye haambiwi.
avoid-added = Nimeandika: sitawahi kukuunganisha na { $who } (katika { $cohorts }). Yeye haambiwi.
avoid-removed = { $who } anaweza kuunganishwa nawe tena (katika { $cohorts }).
avoid-error-self = Huwezi kujikwepa mwenyewe.
avoid-error-no-shared-cohort = Huna kundi la pamoja na { $who }.
error-bad-stage = “{ $value }” si hatua. Chagua moja kati ya: { $stages }.
field-preferences = mapendeleo
profile-stage = Hatua: { $value }
profile-preferences = Mapendeleo ya kuunganishwa (unayaona wewe tu): { $value }
mydata-matching = { "  " }hatua { $stage }; mapendeleo ya kuunganishwa { $preferences }; watu unaowakwepa: { $avoid }
cmd-pair-settings-summary = ona au badilisha jinsi washauri wanavyounganishwa: bila lugha ya pamoja, muda wa kujibu
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = Mipangilio ya kuunganisha: jozi zisizo na lugha ya pamoja: { $bridging }; washauri hujibu ndani ya { $hours ->
    [one] saa moja
   *[other] saa { $hours }
}.
pair-settings-saved = Imehifadhiwa. Jozi zisizo na lugha ya pamoja: { $bridging }; washauri hujibu ndani ya { $hours ->
    [one] saa moja
   *[other] saa { $hours }
}.
pair-error-answer-within = “{ $value }” si muda kati ya 12h na 14d (kama 48h au 3d).
pair-decline-why = Ukipenda, niambie sababu (bonyeza mara moja). Waratibu pekee ndio wanaoiona; { $mentee } haambiwi nani alikataa.
button-decline-no-time = Sina muda kwa sasa
button-decline-topics = Si mada zangu
button-decline-other = Sababu nyingine
pair-decline-noted = Asante. Waratibu pekee ndio wanaoona sababu yako; { $mentee } haambiwi nani alikataa.
pair-preview-declined = • { $mentor } amemkataa { $mentee } ({ $reason ->
    [no-time] hana muda kwa sasa
    [topics] si mada zake
    [other] sababu nyingine
   *[none] hakutoa sababu
})
mydata-peer-groups = { $count ->
    [0] Hukuwa katika mzunguko wowote wa wenzi.
    [one] Mzunguko wako wa wenzi (mmoja):
   *[other] Mizunguko yako ya wenzi ({ $count }):
}
mydata-peer-group = • { $cohort }, mzunguko { $round }: pamoja na { $others } (mlikutana: { $answer })

# Faragha: mambo ya mtu mmoja tu, amri za faragha zilizoandikwa kikundini, kundi lipi (docs/privacy.md)
private-view-sent = { $person }, nimekutumia faraghani.
private-view-link = { $person }, hili ni lako peke yako, si la kikundi hiki: <a href="{ $link }">fungua gumzo la faragha nami</a> nami nitakutumia huko.
private-view-write-first = { $person }, hili ni lako peke yako, si la kikundi hiki: niandikie faraghani kwanza, kisha tuma { $command } huko.
private-refused = { $command } ni ya faragha, kwa hiyo inafanya kazi katika gumzo la faragha nami tu.
private-refused-deleted = Nimeondoa ujumbe wako kutoka kikundini.
private-refused-dm = { $person }, nimekuandikia faraghani: endelea huko.
private-refused-link = <a href="{ $link }">Endelea katika gumzo la faragha nami</a>.
private-refused-write-first = Niandikie faraghani na uitume huko.
private-continue = Ulijaribu { $command } katika kikundi. Hapa inabaki kati yetu: { $usage }
private-continue-here = Hapa inabaki kati yetu: { $usage }
start-link-expired = Kiungo hiki hakifanyi kazi tena. Tuma amri tena hapa: inafanya kazi faraghani pia.
cohort-choice-ask = { $command } ni kwa kundi lipi?
cohort-choice-none = Hauko katika kundi lolote ambapo unaweza kutumia { $command }.
cohort-choice-gone = Kundi hilo si lako tena (au huliratibu tena).
cohort-choice-name-it = Uko katika makundi mengi: taja moja, kama { $command } --cohort "Jina". Yako: { $cohorts }.
error-cohort-not-here = Kundi la kikundi hiki ni { $name }, si “{ $value }”.
profile-private-hint = Mapendeleo yako ya kuunganishwa na maelezo yako “kuhusu mimi” ni siri: nitumie /profile faraghani kuyaona.
pair-ask-privacy = Waratibu pekee ndio wanaoona jibu lako na sababu yoyote utakayotoa; { $mentee } haambiwi nani alikataa.
pair-ask-privacy-group = Hakuna mtu hapa anayeona kitufe unachobonyeza: waratibu pekee ndio wanaojua jibu lako.
pair-declined-toast-private = Asante. Nimekuandikia faraghani.
pair-declined-toast = Asante. Waratibu pekee ndio wanaojua jibu lako.
pair-no-next-mentor-group = Kuna mtu katika kundi hili bado anasubiri mshauri. Waratibu: /pair mentors mshauri akipata nafasi.
mydata-mentorship-looking = • { $cohort }: ninakutafutia mshauri

## Maneno ya thamani, na maneno muhimu ambayo watu huandika (docs/localization.md)

field-timezone = saa za eneo
field-capacity = uwezo wa kushauri
field-wants-mentor = “anataka mshauri”
field-stage = hatua
stage-name = { $stage ->
    [newcomer] mgeni
    [contributor] mchangiaji
    [organizer] mwandaaji
   *[experienced] mzoefu
}
visibility-name = { $visibility ->
    [me] wewe tu
    [mentor] mshauri wako
    [coordinators] waratibu
   *[cohort] kundi
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = ruka, pita
keyword-weekly = kila wiki, kiwiki
keyword-every = kila
keyword-weeks = wiki
keyword-monthly = kila mwezi, mwezi, kimwezi
keyword-first = kwanza
keyword-second = pili
keyword-third = tatu
keyword-fourth = nne
keyword-last = mwisho
keyword-ignore = wa, ya

## Mikutano na ufuatiliaji baada yake (src/features/gatherings)
cmd-gathering-summary = mikutano ya kundi hili: tangaza, jibu, ripoti
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [NAMBA]
cmd-gathering-list-summary = mikutano ijayo
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = mkutano mmoja, pamoja na idadi ya majibu hadi sasa
cmd-gathering-show-usage = /gathering show NAMBA
cmd-gathering-create-summary = tangaza mkutano (saa kwa saa za eneo la kundi, au --timezone)
cmd-gathering-create-usage = /gathering create "Kichwa" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone Eneo/Mji]
cmd-gathering-edit-summary = badilisha mkutano; muda mpya husogeza vikumbusho vyote
cmd-gathering-edit-usage = /gathering edit NAMBA [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = ghairi mkutano (nitauliza kwanza; kila aliyejibu ataarifiwa)
cmd-gathering-cancel-usage = /gathering cancel NAMBA
cmd-gathering-report-summary = majibu, mahudhurio na ahadi za mkutano (nitakutumia faraghani)
cmd-gathering-report-usage = /gathering report NAMBA
cmd-gathering-mark-summary = baada ya kuanza, weka alama kwamba mtu yupo au hayupo
cmd-gathering-mark-usage = /gathering mark NAMBA @mtumiaji present|absent
cmd-here-summary = sema kwamba uko kwenye mkutano unaoendelea sasa
cmd-here-usage = /here [NAMBA] [msimbo]
cmd-commit-summary = sema utakachojaribu baada ya mkutano (hadi 3; wewe tu unazisoma usipozishiriki)
cmd-commit-usage = /commit utakachojaribu [--visibility me|mentor|coordinators] [--gathering NAMBA] [--by YYYY-MM-DD] [--cohort "Jina"]
cmd-commitments-summary = ahadi zako na jinsi zinavyoendelea
cmd-commitments-usage = /commitments
field-gathering-title = kichwa
field-gathering-capacity = idadi ya nafasi
field-gathering-number = namba ya mkutano
field-place = mahali
field-description = maelezo
field-commitment = ahadi
button-gathering-going = Nitakuja
button-gathering-maybe = Huenda
button-gathering-no = Sitakuja
button-gathering-here = Nipo hapa
button-gathering-cancel-confirm = Ndiyo, ughairi
button-commitment-done = Nimemaliza
button-commitment-partly = Kwa sehemu
button-commitment-not-yet = Bado
button-commitment-let-go = Achana nayo
gathering-card-title = <b>#{ $number } { $title }</b>
gathering-card-when = Lini: { $when }
gathering-card-place = Wapi: { $place }
gathering-card-online = Mtandaoni: { $url }
gathering-card-capacity = Nafasi: { $capacity }
gathering-card-description = { $description }
gathering-created = Mkutano mpya:
gathering-edited = Mkutano umebadilishwa:
gathering-rsvp-prompt = Utakuja? Bonyeza jibu moja; unaweza kulibadilisha baadaye.
gathering-dst-gap = Saa hiyo haipo usiku ambao saa husogezwa mbele: nimechukua saa ya kwanza baada yake.
gathering-dst-ambiguous = Saa hiyo hutokea mara mbili usiku ambao saa hurudishwa nyuma: nimechukua ya kwanza.
gathering-counts = Watakuja: { $going } · huenda: { $maybe } · hawatakuja: { $no } · orodha ya kusubiri: { $waitlist } · waliopo: { $present }
gathering-rsvp-going = Utahudhuria “{ $title }”: { $when }.
gathering-rsvp-maybe = Huenda utahudhuria “{ $title }”: { $when }.
gathering-rsvp-no = Nimeandika: hutahudhuria “{ $title }”.
gathering-rsvp-waitlist = Mkutano “{ $title }” umejaa: uko kwenye orodha ya kusubiri na nitakujulisha nafasi ikipatikana.
gathering-promoted = Nafasi imepatikana: sasa utahudhuria “{ $title }”, { $when }.
gathering-list-title = Mikutano ijayo:
gathering-list-line = #{ $number } { $title }: { $when }
gathering-list-none = Hakuna mikutano ijayo. Waratibu hutangaza mkutano kwa /gathering create.
gathering-is-cancelled = Mkutano huu ulighairiwa.
gathering-cancel-confirm = Ughairi “{ $title }”? { $count ->
    [0] Hakuna aliyejibu bado.
    [one] Mtu mmoja aliyejibu ataarifiwa.
   *[other] Watu { $count } waliojibu wataarifiwa.
}
gathering-cancelled = Mkutano #{ $number } “{ $title }” umeghairiwa.
gathering-cancelled-dm = Mkutano “{ $title }” ({ $when }) umeghairiwa. Samahani kwa mabadiliko ya mpango.
gathering-reminder = { $kind ->
    [week] Baada ya wiki moja:
    [day] Kesho:
   *[hour] Baada ya saa moja:
} { $answer ->
    [maybe] (ulisema huenda)
   *[going] (ulisema utakuja)
}
gathering-reminder-link = Mkutano “{ $title }” unaanza baada ya dakika 10. Jiunge hapa: { $url }
gathering-starts-now = #{ $number } “{ $title }” unaanza sasa. Uko hapa? Bonyeza kitufe (au andika /here).
gathering-here-recorded = Karibu! Nimeandika kwamba upo kwenye “{ $title }”.
gathering-marked-present = { $name } ameandikwa kuwa yupo kwenye “{ $title }”.
gathering-marked-absent = { $name } ameandikwa kuwa hakuwepo kwenye “{ $title }”.
gathering-commit-ask = Asante kwa kuja kwenye “{ $title }” ({ $cohort }). Utajaribu nini katika wiki zijazo? Andika jambo moja hadi matatu, kila moja kwa /commit, kwa mfano: <code>/commit kuendesha edit-a-thon ya kwanza</code>. Wewe tu ndiye unayeyasoma, isipokuwa uongeze --visibility mentor au coordinators. Nitakuuliza yanavyoendelea baada ya wiki moja, mwezi mmoja na miezi mitatu.
gathering-followup-week = Wiki moja baada ya “{ $title }”: “{ $text }” inaendeleaje?
gathering-followup-later = Baada ya “{ $title }”, ulitaka kujaribu: “{ $text }”. Je, uliifanya?
commitment-answer-done = Hongera! “{ $text }” imekamilika.
commitment-answer-partly = Nimeandika: imefanyika kwa sehemu. Nitauliza tena baadaye.
commitment-answer-not-yet = Nimeandika: bado. Nitauliza tena baadaye; kama kuna kinachokuzuia, mshauri wako au mratibu anaweza kusaidia.
commitment-answer-let-go = Nimeandika: umeachana na “{ $text }”. Sitauliza kuihusu tena.
commit-saved = Imehifadhiwa kwa “{ $title }”. { $visibility ->
    [mentor] Wewe na mshauri wako mnaweza kuisoma.
    [coordinators] Wewe na waratibu mnaweza kuisoma.
   *[me] Wewe tu unaweza kuisoma.
} { $left ->
    [0] Sasa ziko tatu: nitauliza zinavyoendelea.
    [one] Unaweza kuongeza { $left } zaidi.
   *[other] Unaweza kuongeza { $left } zaidi.
}
commit-error-no-gathering = Sikupata mkutano wako wa hivi karibuni wa kuweka hii chini yake. Utaje kwa --gathering NAMBA.
commit-error-too-many = Tayari una { $max ->
    [one] ahadi { $max }
   *[other] ahadi { $max }
} kwa mkutano huu: ahadi chache zinazofuatiliwa hufanya kazi vizuri zaidi.
commit-error-visibility = “{ $value }” si me, mentor wala coordinators.
commitments-title = Ahadi zako:
commitments-line = • { $cohort }, “{ $title }”: { $text } ({ $status })
commitments-none = Huna ahadi bado. Baada ya mkutano, tumia /commit kusema utakachojaribu.
gathering-error-bad-date = Sielewi “{ $value }” kama tarehe na saa. Iandike hivi: 2027-03-14 10:00.
gathering-error-past = Muda huo umeshapita.
gathering-error-too-far = Huo ni zaidi ya miaka miwili mbele.
gathering-error-end-before-start = Mwisho lazima uwe baada ya mwanzo.
gathering-error-too-long = Mkutano hauwezi kudumu zaidi ya siku 14.
gathering-error-bad-link = “{ $value }” si kiungo cha wavuti: viungo vya http:// na https:// pekee ndivyo vinavyokubaliwa.
gathering-error-link-too-long = Kiungo hicho ni kirefu mno (kisizidi { $max ->
    [one] herufi { $max }
   *[other] herufi { $max }
}).
gathering-error-unknown = Hakuna mkutano #{ $number } katika kundi hili. /gathering list inaonyesha mikutano.
gathering-error-unknown-button = Mkutano huu haupo tena.
gathering-error-cancelled = Mkutano huu ulighairiwa.
gathering-error-finished = Mkutano huu umekwisha.
gathering-error-not-started = Mkutano huu bado haujaanza.
gathering-error-not-now = Hakuna mkutano unaoendelea sasa: “Nipo hapa” kinafanya kazi kuanzia nusu saa kabla ya kuanza hadi mwisho.
gathering-error-join-first = Wanachama wa kundi hili pekee wanaweza kujibu: tuma /join kwanza.
gathering-error-nothing-to-change = Hakuna cha kubadilisha: toa angalau --chaguo moja.
gathering-summary-intro = Ufuatiliaji unavyoendelea, { $days ->
    [one] siku { $days } baadaye:
   *[other] siku { $days } baadaye:
}
gathering-report-title = <b>#{ $number } { $title }</b>
gathering-report-commitments = Ahadi: { $count } kutoka kwa { $people ->
    [one] mtu { $people }
   *[other] watu { $people }
} · zimekamilika { $done } · kwa sehemu { $partly } · bado { $not-yet } · zimeachwa { $let-go } · wazi { $open }
gathering-report-shared = Zilizoshirikiwa na waratibu:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }, yupo: { $present }
mydata-gatherings = { $count ->
    [0] Hujajibu mkutano wowote.
    [one] Majibu yako ya mikutano (moja):
   *[other] Majibu yako ya mikutano ({ $count }):
}
mydata-gathering = • { $cohort }, “{ $title }”: { $answer }, ulihudhuria: { $present }
mydata-commitments = { $count ->
    [0] Hujatoa ahadi yoyote.
    [one] Ahadi zako (moja):
   *[other] Ahadi zako ({ $count }):
}
mydata-commitment = • { $cohort } ({ $status }, { $visibility }): { $text }
report-gatherings-title = Mikutano: majibu, mahudhurio na ahadi
report-gathering-line = #{ $number } { $title }: watakuja { $going }, waliohudhuria { $present }; { $commitments ->
    [one] ahadi { $commitments }
   *[other] ahadi { $commitments }
}: zimekamilika { $done }, kwa sehemu { $partly }, wazi { $open }
report-gathering-going = watakuja
report-gathering-present = waliohudhuria
report-gathering-axis = mkutano
report-gathering-count = watu
gathering-rsvp-noted = Nimeandika. Nimekutumia maelezo faraghani.
gathering-moved = Mkutano “{ $title }” una muda mpya: { $when }.
commitment-answer-not-yet-mentor = Nimeandika: bado. Kuna kinachokuzuia? { $mentor }, mshauri wako, anaweza kusaidia: ukibonyeza mara moja nitamweleza ulichotaka kujaribu.
button-commitment-ask-mentor = Omba msaada kwa mshauri wangu
commitment-help-to-mentor = { $mentee } ({ $cohort }) amekwama kwenye jambo alilotaka kujaribu baada ya mkutano: “{ $text }”. Je, unaweza kuwasiliana naye?
commitment-help-sent = Nimemwambia { $mentor }. Atawasiliana nawe.
commitment-help-unreachable = Siwezi kumwandikia { $mentor } faraghani kwa sasa: tafadhali wasiliana naye moja kwa moja.
cmd-hope-summary = kabla ya mkutano, waambie waandaaji unachotarajia kujifunza au kusaidiwa
cmd-hope-usage = /hope unachotarajia kujifunza [--gathering NAMBA] [--cohort "Jina"] (/hope - huyafuta)
field-intention = matarajio
gathering-reminder-hope = Unatarajia kujifunza nini au kusaidiwa katika nini? Waambie waandaaji faraghani kwa /hope …
hope-saved = Asante: waandaaji wa “{ $title }” watayasoma (wao na wewe tu).
hope-cleared = Yamefutwa kwa “{ $title }”.
hope-error-no-gathering = Sikupata mkutano ujao ambao umeujibu. Jibu mmoja kwanza, au uutaje kwa --gathering NAMBA.
hope-error-started = Mkutano huo umeshaanza.
gathering-report-hopes = Watu wanachotarajia kujifunza:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope =   unachotarajia kujifunza: { $text }

## Madodoso (src/features/surveys)
cmd-survey-summary = madodoso: violezo, unda, tuma, matokeo, funga (waratibu)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = madodoso yaliyo tayari: baada ya mkutano, siku 30 baadaye, kujitathmini
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = unda dodoso kutoka kwa kiolezo, au kutoka kwa maelezo mafupi (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create Kichwa + swali moja kila mstari
cmd-survey-edit-summary = badilisha maswali ya dodoso (toleo jipya mara mtu akishajibu)
cmd-survey-edit-usage = /survey edit NAMBA + maelezo mapya
cmd-survey-show-summary = hakiki maswali ya dodoso (nitakutumia faraghani)
cmd-survey-show-usage = /survey show NAMBA
cmd-survey-send-summary = tuma dodoso kwa kundi, kila mtu faraghani
cmd-survey-send-usage = /survey send NAMBA [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = matokeo ya dodoso: swali huonyeshwa likijibiwa na angalau watu wa kundi dogo zaidi linaloonyeshwa la kikundi (nitakutumia faraghani)
cmd-survey-results-usage = /survey results NAMBA [--group]
cmd-survey-close-summary = funga dodoso: hakuna majibu zaidi
cmd-survey-close-usage = /survey close NAMBA
cmd-survey-list-summary = madodoso ya kundi
cmd-survey-list-usage = /survey list
cmd-surveys-summary = madodoso yako yaliyo wazi, ya kujibu au kubadilisha majibu yako (faraghani)
cmd-surveys-usage = /surveys
button-survey-skip = Ruka
button-survey-done = Nimemaliza
button-survey-yes = Ndiyo
button-survey-no = Hapana
button-survey-answer = Jibu “{ $title }”
button-survey-change = Badilisha majibu yangu ya “{ $title }”
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (bila majina: hakuna mtu, hata waratibu, anayeweza kuona majibu yapi ni yako)
   *[no] (waratibu wanaona majibu yako; matokeo yanaonyesha jumla za { $k ->
        [one] mtu { $k }
       *[other] watu { $k }
    } au zaidi pekee)
}
survey-dm-question = Swali { $n } kati ya { $total }:
survey-dm-text-hint = Jibu kwa maandishi mafupi.
survey-dm-text-hint-optional = Jibu kwa maandishi mafupi, au “ruka”.
survey-dm-multi-hint = Chagua yote yanayohusika, kisha bonyeza “Nimemaliza”.
survey-dm-scale-hint = Kuanzia { $min } hadi { $max }.
survey-answer-saved = Imehifadhiwa.
survey-thanks = Asante kwa majibu yako!
survey-done-anonymous = Majibu yako yamehifadhiwa bila jina lako. Hayawezi kubadilishwa sasa.
survey-done-named = Unaweza kubadilisha majibu yako hadi muda wa mwisho kwa /surveys.
survey-changing = Majibu yako ya awali yanabaki hadi utakapoyabadilisha.
survey-already-answered = Umeshajibu dodoso hili.
survey-invite-group = Dodoso fupi, “{ $title }”. Kama sijakuandikia kulihusu faraghani, fungua { $link } ili ujibu huko.
survey-invite-group-nolink = Dodoso fupi, “{ $title }”. Kama sijakuandikia kulihusu faraghani, niandikie huko na utume /surveys.
survey-reminder = Kikumbusho: dodoso “{ $title }” linafungwa baada ya takriban { $left ->
    [one] saa { $left }
   *[other] saa { $left }
}. Tuma /surveys ili kujibu au kuendelea.
survey-error-definition = Maelezo ya dodoso hili si sahihi (kwenye { $where }). Angalia docs/surveys.md kwa muundo wake.
survey-error-json = JSON hii haisomeki.
survey-error-line = Mstari { $n } si swali. Andika “aina: swali”, k.m. “scale5: Ilikuwa na manufaa kiasi gani?”.
survey-error-type = Mstari { $n }: “{ $type }” si aina ya swali. Tumia single, multi, scale5, scale10, yesno au text.
survey-error-too-long = Maelezo haya ni marefu mno (yasizidi { $max ->
    [one] herufi { $max }
   *[other] herufi { $max }
}).
survey-error-too-many = Dodoso haliwezi kuwa na { $max ->
    [one] swali zaidi ya { $max }
   *[other] maswali zaidi ya { $max }
}.
survey-error-no-template = Hakuna kiolezo “{ $name }”. Violezo: { $templates }.
survey-error-no-themes = Kujitathmini kunauliza kuhusu mada kuu za kundi, na kundi hili halina. Ziongeze kwa /cohort edit --themes "…".
survey-error-not-found = Hakuna dodoso { $id } katika kundi hili. Angalia /survey list.
survey-error-not-member = Wewe si mwanachama wa kundi la dodoso hili.
survey-error-closed = Dodoso hili limefungwa.
survey-error-unknown = Dodoso hili halipo tena.
survey-error-remind = “{ $value }” si kipindi cha muda kama 1d au 12h.
survey-error-range = Tafadhali jibu kwa namba kuanzia { $min } hadi { $max }.
survey-error-required = Swali hili linahitaji jibu.
survey-error-use-buttons = Tafadhali jibu kwa vitufe vya swali.
survey-error-answer-too-long = Jibu hilo ni refu mno (lisizidi { $max ->
    [one] herufi { $max }
   *[other] herufi { $max }
}).
survey-created = Dodoso { $number } liko tayari: “{ $title }”, { $questions ->
    [one] swali moja
   *[other] maswali { $questions }
}, { $anonymous ->
    [yes] bila majina
   *[no] kwa majina
}. Likague kwa /survey show { $number }, kisha ulitume kwa /survey send { $number }.
survey-edited = Dodoso { $number } sasa lina toleo { $version }. Majibu yaliyotolewa awali yanabaki na toleo yaliyojibu.
survey-sent = Dodoso { $number } limetumwa: { $dm } faraghani, { $group } kwa kiungo hapa. Mwisho: { $deadline }.
survey-closed = Dodoso { $number } limefungwa. Angalia /survey results { $number }.
survey-list-title = <b>Madodoso</b>
survey-list-none = Hakuna madodoso bado. Anza na /survey templates.
survey-list-line = { $number }. { $title } ({ $status }, { $anonymous ->
    [yes] bila majina
   *[no] kwa majina
})
survey-show-title = <b>Dodoso { $number }: { $title }</b> ({ $status }, { $anonymous ->
    [yes] bila majina
   *[no] kwa majina
})
survey-show-if = tu ikiwa { $question } = { $equals }
survey-show-optional = (si lazima)
survey-show-deadline = Mwisho: { $at }
survey-templates-title = <b>Violezo vya madodoso</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = Unda dodoso kwa /survey create JINA [--anonymous].
survey-results-title = <b>Matokeo ya dodoso { $number }: { $title }</b> ({ $status })
survey-results-none = Hakuna majibu bado.
survey-results-version = <b>Toleo { $n }</b>
survey-results-people = { $n ->
    [one] Mtu { $n } alijibu.
   *[other] Watu { $n } walijibu.
}
survey-results-answered = { $n ->
    [one] jibu { $n }
   *[other] majibu { $n }
}
survey-results-option = { $option }: { $n } ({ $pct }%)
survey-results-scale = Wastani { $mean }, kipimo cha kati { $median } (kati ya { $max })
survey-results-texts-hidden = Majibu ya maandishi yanaonyeshwa kwa waratibu pekee.
survey-change-title = <b>Kabla na baada</b> (dodoso { $before } → dodoso { $after })
survey-change-paired = { $question }: { $change } kwa wastani, kwa { $n ->
    [one] mtu { $n } aliyejibu yote mawili
   *[other] watu { $n } waliojibu yote mawili
}
survey-change-means = { $question }: { $before } → { $after } ({ $change })
surveys-title = <b>Madodoso yako yaliyo wazi</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] umejibu
    [started] umeanza
   *[new] hujaanza
}, hadi { $deadline })
surveys-none = Huna madodoso yaliyo wazi.
survey-mydata-named = • Majibu yako kwa dodoso “{ $title }”:
survey-mydata-skipped = (imerukwa)
survey-mydata-anonymous = • Majibu uliyotoa kwa madodoso yasiyo na majina yamehifadhiwa bila jina lako wala kitambulisho chochote: siwezi kujua yapi ni yako, kwa hiyo siwezi kuyaonyesha wala kuyafuta.
survey-report-title = Madodoso
survey-report-line = { $title }: { $people ->
    [one] mtu { $people } alijibu
   *[other] watu { $people } walijibu
}
survey-tpl-feedback-title = Baada ya mkutano
survey-tpl-feedback-about = maoni mara baada ya mkutano (maswali 5)
survey-tpl-feedback-intro = Maswali machache kuhusu mkutano, ili ujao uwe bora zaidi.
survey-tpl-feedback-useful = Kwa ujumla, mkutano ulikuwa na manufaa kiasi gani kwako?
survey-tpl-feedback-best = Nini kilikusaidia zaidi?
survey-tpl-feedback-best-sessions = Vipindi
survey-tpl-feedback-best-people = Kukutana na watu
survey-tpl-feedback-best-practice = Mazoezi ya vitendo
survey-tpl-feedback-best-materials = Nyenzo
survey-tpl-feedback-again = Je, ungekuja tena kwenye mkutano kama huu?
survey-tpl-feedback-why-not = Kwa nini hapana?
survey-tpl-feedback-change = Tubadilishe nini wakati ujao?
survey-tpl-followup-title = Siku 30 baadaye
survey-tpl-followup-about = mwezi mmoja baadaye: watu walitumia nini, nini kiliwazuia (maswali 5)
survey-tpl-followup-intro = Mwezi mmoja umepita. Umetumia nini kati ya ulichojifunza?
survey-tpl-followup-used = Umetumia nini tangu wakati huo?
survey-tpl-followup-used-skills = Ujuzi niliojifunza
survey-tpl-followup-used-tools = Zana nilizogundua
survey-tpl-followup-used-contacts = Watu niliokutana nao
survey-tpl-followup-used-nothing = Hakuna bado
survey-tpl-followup-blocked = Je, kuna kitu kilichokuzuia?
survey-tpl-followup-what-blocked = Nini kilikuzuia?
survey-tpl-followup-recommend = Kuna uwezekano gani kwamba utapendekeza kundi hili kwa rafiki?
survey-tpl-followup-else = Kuna jambo lingine ungependa kutuambia?
survey-tpl-self-assessment-title = Kujitathmini
survey-tpl-self-assessment-about = kujiamini kutoka 1 hadi 5 katika kila mada kuu ya kundi; lifanye kabla na baada
survey-tpl-self-assessment-intro = Unajiamini kiasi gani? 1 ni hata kidogo, 5 ni sana.
survey-tpl-self-question = Unajiamini kiasi gani kuhusu:

## Ripoti na uhamishaji (src/features/reports, sehemu za ripoti za vipengele)
cmd-report-summary = chati za maisha ya kundi, nitakutumia faraghani; “group”: muhtasari kwa kila mtu
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = takwimu za /report kama faili: CSV kwa lahajedwali, JSON, au ukurasa wa Meta-Wiki
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = Hakuna cha kuonyesha bado kwa { $cohort } tangu { $since }.
report-header = <b>{ $cohort }</b>: ripoti kuanzia { $since } hadi { $until }
report-group-header = <b>{ $cohort } linaendeleaje</b> (tangu { $since })
report-no-images = Mazungumzo haya hayawezi kuonyesha picha, kwa hiyo hizi ni takwimu tu.
report-group-posted = Nimechapisha muhtasari katika kikundi cha { $cohort }.
report-error-since = “--since” inahitaji tarehe kama 2027-01-01; “{ $value }” si tarehe.
report-error-since-future = “--since { $value }” ni wakati ujao: hakuna cha kuripoti bado.
report-error-what = “--what” inapokea kimoja au zaidi kati ya: { $allowed }. “{ $value }” si mojawapo.
report-error-word = Sijui “{ $word }” inamaanisha nini hapa. Jaribu /report, /report group au /help report.
report-error-no-group = Siwezi tena kufikia kikundi cha kundi hili, kwa hiyo siwezi kuchapisha huko.
export-error-format = Ninaweza kuhamisha kama { $allowed }; “{ $value }” si mojawapo.
export-sent = { $count ->
    [one] Hiki hapa uhamishaji wako wa { $format }: faili moja.
   *[other] Hiki hapa uhamishaji wako wa { $format }: faili { $count }.
}
export-inline = Mazungumzo haya hayawezi kupokea faili, kwa hiyo haya hapa maandishi ya kila moja ili uyanakili.
report-few = chini ya 5
report-members-title = Wanachama kwa muda
report-series-joined = Walijiunga
report-series-left = Waliondoka
report-series-members = Katika kundi
report-members-now = Sasa: hai { $active }, mapumzikoni { $paused }, wameondoka { $left }.
report-members-period = Tangu { $since }: walijiunga { $joined }, waliondoka { $left }.
report-axis-month = Mwezi
report-axis-week = Wiki
report-axis-people = Watu
report-col-status = Hali
report-col-people = Watu
report-col-answered = Walijibu
report-col-expected = Waliulizwa
report-col-date = Tarehe
report-checkins-title = Ripoti za maendeleo: nani alijibu
report-axis-checkin = Ripoti ya maendeleo
report-axis-rate = Walijibu (%)
report-checkins-total = { $count ->
    [one] Ripoti ya maendeleo { $count }
   *[other] Ripoti za maendeleo { $count }
}: { $answered ->
    [one] jibu { $answered }
   *[other] majibu { $answered }
} kati ya { $expected } yaliyoombwa ({ $rate }%).
report-checkins-line = { $date }: walijibu { $answered } kati ya { $expected } ({ $rate }%)
report-checkins-hidden = { $date }: waliulizwa { $k ->
    [one] chini ya mtu { $k }
   *[other] watu chini ya { $k }
}, haionyeshwi
report-checkins-count = { $count ->
    [one] Ripoti ya maendeleo { $count } ilifanyika.
   *[other] Ripoti za maendeleo { $count } zilifanyika.
}
report-mentorships-title = Ushauri
report-axis-mentorships = Jozi za ushauri
report-mentorship-status = { $status ->
    [all] zilizoombwa
    [accepted] zilizokubaliwa
    [active] bado zinaendelea
    [declined] zilizokataliwa
    [timed_out] bila jibu
   *[asked] zinasubiri
}
report-mentorships-line = Zilizoombwa { $asked }: zilizokubaliwa { $accepted } (bado zinaendelea { $active }), zilizokataliwa { $declined }, bila jibu { $timedOut }, zinasubiri { $waiting }.
report-mentorships-group = { $active ->
    [one] Jozi ya ushauri { $active } inaendelea.
   *[other] Jozi za ushauri { $active } zinaendelea.
}
report-peers-title = Mizunguko ya wenzi: mlikutana?
report-axis-round = Mzunguko
report-peer-answer = { $answer ->
    [yes] walikutana
    [not-yet] bado
    [no] hawakukutana
   *[none] hawakujibu
}
report-peers-line = Mzunguko { $number } ({ $date }): walikutana { $yes } kati ya { $people } ({ $rate }%), bado { $notYet }, hawakukutana { $no }, hawakujibu { $silent }.
report-peers-hidden = Mzunguko { $number } ({ $date }): { $k ->
    [one] chini ya mtu { $k }
   *[other] watu chini ya { $k }
}, haionyeshwi

# Issue 12: /help start, alama za nukuu ndani ya maandishi yaliyonukuliwa
cmd-start-summary = anza kuzungumza nami faraghani (kiungo cha kujiunga au cha kujibu kitakufungulia)
error-quote-inside = Alama ya nukuu { $quote } ndani ya maandishi yaliyonukuliwa huyamaliza mapema. Iandike kama \{ $quote } au tumia alama nyingine za nukuu (“…” au «…») kuzunguka maandishi.
keyword-duration-minutes = dakika
keyword-duration-hours = saa
keyword-duration-days = siku
keyword-duration-weeks = wiki

## w4-checkins
checkin-next-after-skip = { $next } (ya { $skipped } inarukwa)
checkin-error-duplicate = Ratiba #{ $id } tayari ina mdundo huu: ya pili ingechapisha kila ripoti ya maendeleo na kila muhtasari mara mbili. Chagua wakati mwingine, au angalia /checkin list.
checkin-error-already-open = Ripoti ya ratiba #{ $id } tayari iko wazi hadi { $closes }: majibu yanaenda huko.
checkin-stats-open = Iko wazi sasa: ratiba #{ $id }, { $answered } kati ya { $total } wamejibu hadi sasa; inafungwa { $closes }.
cohort-error-create-right = Ni msimamizi wa gumzo hili pekee (au mratibu wa kundi lake) anayeweza kuunda kundi hapa.
cohort-timezone-not-given = { $source ->
    [yours] Saa za eneo: { $timezone } (zako; hakuna iliyotolewa).
   *[default] Saa za eneo: { $timezone } (za msingi; hakuna iliyotolewa).
} Ripoti za maendeleo zinazifuata. Zibadilishe kwa /cohort edit --timezone Eneo/Mji.
checkin-digest-coordinators-kept = Majibu yaliyoshirikiwa yamehifadhiwa kwa waratibu: wanayasoma faraghani kwa /checkin digest.
checkin-digest-coordinators-start = { $names }: bado siwezi kukuandikia faraghani, kwa hiyo muhtasari wako unakusubiri. Fungua gumzo la faragha nami kisha utume /checkin digest.
cmd-checkin-digest-summary = ripoti ya maendeleo ya mwisho kama waratibu wanavyoisoma: nani alishiriki na majibu yaliyoshirikiwa (hutumwa faraghani)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = Jibu lako la swali { $n } limesasishwa.
timezone-cleared = Saa za eneo lako zimeondolewa; nyakati zinaonyeshwa kwa { $timezone } (sasa ni { $now }).
## w4-network
cmd-network-summary = mitandao ya makundi: unganisha makundi, shiriki mafunzo, yaone bega kwa bega
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = mitandao ambayo kundi hili limo
cmd-network-list-usage = /network list
cmd-network-create-summary = anzisha mtandao na kundi hili; wewe ndiye mratibu wake
cmd-network-create-usage = /network create "Jina"
cmd-network-invite-summary = msimbo wa matumizi moja kwa kundi moja zaidi (unatumwa faraghani)
cmd-network-invite-usage = /network invite ["Mtandao"]
cmd-network-join-summary = kundi hili linajiunga na mtandao kwa msimbo (waratibu wake tu)
cmd-network-join-usage = /network join MSIMBO
cmd-network-leave-summary = kundi hili linaondoka kwenye mtandao
cmd-network-leave-usage = /network leave ["Mtandao"]
cmd-network-hub-summary = fanya gumzo hili kuwa kitovu cha mtandao, ambapo muhtasari wake hufika
cmd-network-hub-usage = /network hub ["Mtandao"]
cmd-network-settings-summary = kama vinavyoshirikiwa na kundi hili vinasubiri idhini ya mratibu
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["Mtandao"]
cmd-network-report-summary = makundi ya mtandao bega kwa bega (yanatumwa faraghani)
cmd-network-report-usage = /network report ["Mtandao"]
cmd-share-summary = toa moja ya tafakari zako, majibu ya ripoti za maendeleo au ahadi zako kwa mitandao ya kundi lako
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = chagua kitu cha kushiriki
cmd-share-list-usage = /share
cmd-share-withdraw-summary = rudisha kitu kabla hakijatumwa
cmd-share-withdraw-usage = /share withdraw
field-network-name = jina la mtandao
network-created = Mtandao “{ $name }” umeundwa pamoja na { $cohort }. Wewe ndiye mratibu wake. Alika kundi jingine kwa <code>/network invite</code>.
network-invite-code = Msimbo wa matumizi moja kwa “{ $name }”: <code>{ $code }</code>. Unafaa hadi { $until }, kwa kundi moja. Mratibu wake anaandika <code>/network join { $code }</code> kwenye kikundi cha kundi hilo.
network-joined = { $cohort } limejiunga na “{ $name }”. Makundi katika mtandao sasa: { $count }.
network-left = { $cohort } limeondoka “{ $name }”. Vitu vya kundi hili ambavyo bado havijatumwa havitatumwa.
network-list-none = { $cohort } halimo katika mtandao wowote. Mratibu anaweza kuanzisha mmoja kwa <code>/network create "Jina"</code> au kujiunga na mmoja kwa msimbo.
network-list-title = Mitandao ya { $cohort }:
network-list-line = • “{ $name }”: { $cohorts }; idhini { $approval ->
    [on] imewashwa
   *[off] imezimwa
}; kitovu { $hub ->
    [yes] kimeunganishwa
   *[no] hakijaunganishwa
}
network-approval-set = Vinavyoshirikiwa na { $cohort } kwa “{ $name }” { $approval ->
    [on] sasa vinasubiri idhini ya mratibu.
   *[off] sasa vinatumwa bila idhini.
}
network-error-none = Kundi hili halimo katika mtandao wowote.
network-error-which = Taja mtandao gani: { $names }.
network-error-unknown-name = Hakuna mtandao unaoitwa “{ $name }” hapa. Mitandao: { $names }.
network-error-not-network-coordinator = Ni waratibu wa mtandao tu wanaoweza kufanya hivi, na wewe huratibu mtandao wowote.
network-error-too-many = Kundi linaweza kuwa katika { $max ->
    [one] mtandao usiozidi { $max }
   *[other] mitandao isiyozidi { $max }
}.
network-error-code-unknown = Msimbo huu haujulikani. Omba mpya kwa mratibu wa mtandao.
network-error-code-used = Msimbo huu umeshatumika. Kila msimbo ni kwa kundi moja tu; omba mpya.
network-error-code-expired = Muda wa msimbo huu umekwisha. Omba mpya kwa mratibu wa mtandao.
network-error-already-in = { $cohort } tayari limo katika “{ $name }”. Msimbo haukutumika.
network-error-approval-value = Andika <code>--approval on</code> au <code>--approval off</code>.
network-hub-attached = Gumzo hili sasa ni kitovu cha “{ $name }”: muhtasari wa kila wiki wa mafunzo yaliyoshirikiwa katika mtandao utafika hapa.
network-hub-error-cannot-post = Siwezi kuandika katika gumzo hilo, kwa hiyo halikuwa kitovu cha “{ $name }”. Niruhusu kuandika huko kisha ujaribu tena.
network-digest-title = Kutoka mtandao “{ $name }”: walichochagua wanachama wake kushiriki ({ $count })
network-digest-language = <b>Kwa { $language }</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }, { $author })
network-share-title = Ungependa kutoa nini kwa mitandao ya kundi lako? Hakuna kinachotumwa usipochagua.
network-share-item = { $n }. { $kind ->
    [reflection] Tafakari
    [checkin] Jibu la ripoti ya maendeleo
   *[commitment] Ahadi
} ({ $cohort }): { $text }
network-share-button = Shiriki { $n }
network-share-outcome = { $text } — { $status ->
    [done] imefanyika
    [partly] imefanyika kwa sehemu
    [not-yet] bado
   *[let-go] nimeiacha
}
network-share-confirm = Unatoa hiki kwa { $networks }:
    { $text }
    Je, muhtasari uonyeshe jina lako?
network-share-with-name = Shiriki pamoja na jina langu
network-share-without-name = Shiriki bila jina langu
network-share-cancel = Ghairi
network-share-cancelled = Hakuna kilichoshirikiwa.
network-share-done = Kimeshirikiwa na { $networks }. Kitatumwa katika muhtasari ujao; hadi hapo <code>/share withdraw</code> kinakirudisha.
network-share-pending = Kimetolewa kwa { $networks }. Mratibu wa kundi lako atakiidhinisha kwanza; <code>/share withdraw</code> kinakirudisha.
network-share-error-no-network = Hakuna kundi lako lililo katika mtandao, kwa hiyo hakuna wa kushiriki naye.
network-share-error-nothing = Bado huna tafakari, majibu ya ripoti za maendeleo au matokeo ya ahadi ya kushiriki.
network-share-error-gone = Kitu hicho si chako tena kushiriki (au hakipo tena).
network-share-error-already = Umeshatoa kitu hiki kwa mitandao hii.
network-approve-ask = Mwanachama wa { $cohort } anataka kushiriki hiki na mtandao “{ $network }”:
    { $text }
network-approve-yes = Idhinisha
network-approve-no = Kataa
network-approve-done = Kimeidhinishwa: kitatumwa katika muhtasari ujao.
network-decline-done = Kimekataliwa: hakitatumwa.
network-approve-already = Mratibu mwingine ameshaamua, au mwandishi amekirudisha.
network-approve-not-coordinator = Ni mratibu wa kundi hilo tu anayeweza kuamua.
network-withdraw-item = { $n }. { $text }
network-withdraw-button = Rudisha { $n }
network-report-title = “{ $name }”, siku 30 zilizopita (makundi: { $count })
network-report-line = • { $cohort }: { $members ->
    [one] mwanachama { $members }
   *[other] wanachama { $members }
}, { $active } walijibu ripoti ya maendeleo, { $checkins ->
    [yes] kiwango cha majibu { $rate }%
   *[no] hakuna ripoti za maendeleo
}
network-report-line-small = • { $cohort }: wanachama chini ya 5, haionyeshwi
network-report-error-one = “{ $name }” lina kundi moja tu: bado hakuna cha kulinganisha. Alika jingine kwa <code>/network invite</code>.
mydata-network-shares = Ulivyoshiriki na mitandao ({ $count }):
mydata-network-share = • “{ $network }” ({ $status ->
    [pending] kinasubiri idhini
    [approved] kinasubiri muhtasari
    [declined] kimekataliwa
    [withdrawn] kimerudishwa
   *[sent] kimetumwa
}, { $named ->
    [yes] pamoja na jina lako
   *[no] bila jina lako
}): { $text }
mydata-network-coordinator = Unaratibu mitandao { $names }.
cmd-network-announce-summary = tangaza ujumbe kwa kikundi cha kila kundi katika mtandao
cmd-network-announce-usage = /network announce MAANDISHI [--network "Mtandao"]
field-announcement = tangazo
network-error-announcements-value = Andika <code>--announcements on</code> au <code>--announcements off</code>.
network-announcements-set = Matangazo ya mtandao { $announcements ->
    [on] sasa yanafika { $cohort }.
   *[off] hayafiki tena { $cohort }.
} (“{ $name }”)
network-announcement = <b>Kutoka mtandao “{ $name }”</b>
    { $text }
network-announce-sent = Tangazo la “{ $name }” limepangwa kwa vikundi vya makundi: { $sent }; halikutumwa (walikataa au hawafikiki): { $skipped }.
## w4-surveys
survey-k-too-few = { $k ->
    [one] Majibu chini ya { $k }
   *[other] Majibu chini ya { $k }
}: hayaonyeshwi.
survey-k-too-few-people = { $k ->
    [one] Chini ya mtu { $k } walijibu
   *[other] Watu chini ya { $k } walijibu
}: hakuna kinachoonyeshwa, ili mtu yeyote asitambulike.
survey-k-change-too-few = { $question }: { $k ->
    [one] majibu chini ya { $k }
   *[other] majibu chini ya { $k }
}, hayaonyeshwi
survey-k-few = chini ya { $k }
survey-error-audience-to = Siwezi kutuma kwa “{ $value }”. Tumia --to cohort, --to gathering:NAMBA au --to role:mentor (au role:member, role:coordinator).
survey-error-no-gathering = Hakuna mkutano { $id } katika kundi hili.
survey-error-nobody = Hakuna mwanachama hai anayelingana na “{ $value }”: hakuna kilichotumwa.
survey-chart-before = kabla
survey-chart-after = baada
survey-chart-change-title = Kujitathmini, kabla na baada
survey-chart-means-title = Vipimo vya tafiti: wastani wa jibu
survey-chart-theme = Mada
survey-chart-question = Swali
survey-chart-mean = Wastani
survey-error-format = “{ $value }” si muundo: tumia --format json au --format text.
survey-error-export-text = Utafiti huu una maandishi ya lugha kadhaa au maandishi ya utangulizi: unaweza kuhamishwa kama JSON tu.
survey-exported = Utafiti { $number }, wa kubandika kwenye /survey import:
survey-exported-file = Utafiti { $number } uko kwenye faili hapo juu; bandika maudhui yake kwenye /survey import.
button-survey-delete = Futa
survey-delete-confirm =
    { $answers ->
        [one] Ufute utafiti { $number } “{ $title }” pamoja na jibu lake moja? Hili haliwezi kutenduliwa.
       *[other] Ufute utafiti { $number } “{ $title }” pamoja na majibu yake { $answers }? Hili haliwezi kutenduliwa.
    }
survey-delete-cancelled = Hakuna kilichofutwa.
survey-deleted = Utafiti { $number } “{ $title }” na majibu yake umefutwa.
survey-error-summary-too-few = { $k ->
    [one] Chini ya mtu { $k } walijibu
   *[other] Watu chini ya { $k } walijibu
}: hakuna kilichochapishwa kwenye kikundi.
survey-summary-title = <b>Matokeo ya utafiti: { $title }</b> ({ $n ->
    [one] jibu { $n }
   *[other] majibu { $n }
})
survey-summary-posted = Muhtasari wa utafiti { $number } umechapishwa kwenye kikundi (bila majibu ya maandishi, matokeo ya watu wa kutosha tu).
survey-poll-anonymous-note = Bila jina: boti inahesabu jibu bila kuhifadhi nani alilitoa. Jibu moja kwa kila mtu.
survey-poll-counted = Limehesabiwa, bila jina.
survey-new-title-ask = Utafiti mpya. Kichwa chake ni nini? (jibu, hadi { $max ->
    [one] herufi { $max }
   *[other] herufi { $max }
}; “cancel” kusimamisha)
survey-new-menu = <b>{ $title }</b>: { $count ->
    [one] swali { $count }
   *[other] maswali { $count }
}, { $anonymous ->
    [yes] bila majina
   *[no] yenye majina
}. Sasa nini?
button-survey-new-add = Ongeza swali
button-survey-new-anonymous = Fanya bila majina
button-survey-new-named = Fanya yenye majina
button-survey-new-preview = Onyesho la awali
button-survey-new-save = Hifadhi
survey-new-type-ask = Swali la aina gani?
button-survey-type-single = Chaguo moja
button-survey-type-multi = Machaguo kadhaa
button-survey-type-scale5 = Kipimo 1–5
button-survey-type-scale10 = Kipimo 0–10
button-survey-type-yesno = Ndiyo / hapana
button-survey-type-text = Jibu la maandishi
survey-new-text-ask = Swali { $n }: liandike (jibu, hadi { $max ->
    [one] herufi { $max }
   *[other] herufi { $max }
}).
survey-new-options-ask = Andika machaguo, moja kwa kila mstari au yakitenganishwa na |, kuanzia 2 hadi { $max }.
survey-new-required-ask = Je, ni lazima kulijibu?
button-survey-new-required = Lazima
button-survey-new-optional = Si lazima
survey-new-condition-ask = Liulizwe kila mara, au baada ya jibu fulani tu? Kwa sharti jibu kama q2=no (swali 2 lilijibiwa “hapana”).
button-survey-new-always = Kila mara
survey-new-added = Swali { $n } limeongezwa.
survey-new-no-questions = Bado hakuna maswali.
survey-new-cancelled = Utafiti mpya umeachwa; hakuna kilichohifadhiwa.
survey-new-error-full = Utafiti una { $max ->
    [one] swali { $max } kwa zaidi
   *[other] maswali { $max } kwa zaidi
}.
survey-new-error-text = Tafadhali andika { $max ->
    [one] herufi 1 hadi { $max }
   *[other] herufi 1 hadi { $max }
}.
survey-new-error-options = Toa { $max ->
    [one] machaguo 2 hadi { $max }
   *[other] machaguo 2 hadi { $max }
}, kila moja hadi { $len ->
    [one] herufi { $len }
   *[other] herufi { $len }
}.
survey-new-error-condition = Andika sharti kama qN=jibu, N ikiwa swali la awali (1 hadi { $max }).
survey-new-error-empty = Ongeza angalau swali moja kabla ya kuhifadhi.
cmd-survey-new-summary = andika utafiti hatua kwa hatua, faraghani (swali, aina, machaguo, sharti, onyesho la awali)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = unda utafiti kutoka JSON iliyobandikwa au muundo mfupi wa maandishi (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON au Kichwa + swali moja kwa kila mstari
cmd-survey-export-summary = ufafanuzi wa utafiti, wa kuhifadhi au kuingiza kwingine (hutumwa faraghani)
cmd-survey-export-usage = /survey export NAMBA [--format json|text]
cmd-survey-delete-summary = futa utafiti na majibu yake (huuliza kwanza)
cmd-survey-delete-usage = /survey delete NAMBA
cmd-survey-poll-summary = swali moja kama kura kwenye kikundi
cmd-survey-poll-usage = /survey poll "Swali?" "A" "B" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = jina la zamani la /cohort edit --smallest-group: matokeo yanahitaji watu wangapi nyuma yake ili yaonyeshwe (3 au zaidi; 5 kwa chaguo-msingi)
cmd-survey-threshold-usage = /survey threshold [NAMBA]
## w4-gatherings
cmd-gathering-ics-summary = faili la kalenda la mkutano, hutumwa kwako faraghani
cmd-gathering-ics-usage = /gathering ics NAMBA
cmd-gathering-feed-summary = kiungo cha kujiandikisha kwenye kalenda ya kundi (faraghani); reset hutengeneza kipya na kuzima cha zamani
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = weka msimbo wa ukumbi unaohitajika kwa “Nipo hapa” (unaonyeshwa kwako faraghani)
cmd-gathering-code-usage = /gathering code NAMBA [msimbo|-]
cmd-gathering-settings-summary = lini vikumbusho vitumwe na lini ufuatiliaji uulize
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = Vikumbusho kabla ya mkutano: { $reminders }. Ufuatiliaji, kwa siku baada yake: { $steps } (wa kwanza huuliza kila mtu atajaribu nini).
gathering-settings-saved = Imehifadhiwa. Vikumbusho kabla ya mkutano: { $reminders }. Ufuatiliaji, kwa siku baada yake: { $steps }.
gathering-settings-error-reminders = “{ $value }” si orodha ya vikumbusho: andika hadi { $max ->
    [one] wakati { $max }
   *[other] nyakati { $max }
} kabla ya kuanza, kama 7d,1d,1h (kutoka 15m hadi 60d), au - kwa hakuna.
gathering-settings-error-steps = “{ $value }” si mfuatano wa ufuatiliaji: andika { $max ->
    [one] siku 2 hadi { $max }
   *[other] siku 2 hadi { $max }
} baada ya mkutano, zikiongezeka, kama 1,7,30,90.
gathering-reminder-in = Baada ya { $span }: { $answer ->
    [maybe] (ulisema labda)
   *[going] (ulisema utakuja)
}
gathering-commit-ask-days = Asante kwa kuja kwenye “{ $title }” ({ $cohort }). Utajaribu nini katika wiki zijazo? Andika jambo moja hadi matatu, kila moja kwa /commit, kwa mfano: <code>/commit kuandaa edit-a-thon ya kwanza --by 2027-05-01</code>. Ni wewe tu utakayeyasoma, isipokuwa uongeze --visibility mentor au coordinators. Nitauliza yanavyoendelea { $days ->
    [one] siku { $days } baada ya mkutano.
   *[other] siku { $days } baada ya mkutano.
}
gathering-followup-target = Tarehe uliyolenga: { $date }.
commit-error-bad-date = “{ $value }” si tarehe: iandike kama 2027-04-30.
commit-error-date-past = { $value } imeshapita: toa siku kuanzia leo.
commit-error-date-too-far = { $value } ni zaidi ya mwaka mmoja mbele: chagua hatua iliyo karibu zaidi.
commit-saved-target = Tarehe lengwa: { $date }.
commitment-target = (kufikia { $date })
commitment-status-word = { $status ->
    [done] imekamilika
    [partly] imekamilika kiasi
    [not-yet] bado
    [let-go] imeachwa
   *[open] wazi
}
commitment-visibility-word = { $visibility ->
    [mentor] wewe na mshauri wako
    [coordinators] wewe na waratibu
   *[me] wewe tu
}
gathering-answer-word = { $answer ->
    [going] nitakuja
    [maybe] labda
    [no] sitakuja
   *[waitlist] kwenye orodha ya kusubiri
}
gathering-present-word = { $present ->
    [yes] ndiyo
   *[no] hapana
}
commitment-answer-not-yet-peer = Nimeandika: bado. Kuna kinachokukwamisha? { $peer } pia anashughulikia “{ $topic }”: kwa kubonyeza mara moja nitamweleza ulichotaka kujaribu na kumwomba awasiliane nawe.
button-commitment-ask-peer = Omba msaada kwa { $peer }
commitment-help-to-peer = { $mentee } ({ $cohort }) amekwama kwenye alichotaka kujaribu baada ya mkutano: “{ $text }”. Nyote wawili mnashughulikia “{ $topic }”: unaweza kuwasiliana naye?
gathering-ics-join = Jiunge mtandaoni: { $url }
gathering-ics-caption = “{ $title }” kwa kalenda yako
gathering-ics-sent = Nimekutumia “{ $title }” kwa kalenda yako faraghani.
gathering-ics-unreachable = Siwezi kukutumia faili faraghani: fungua mazungumzo ya faragha nami (tuma /start huko) kisha ujaribu tena.
gathering-feed = Kalenda ya kundi: jiandikishe kwa <code>{ $webcal }</code> (au { $https }) kwenye programu yako ya kalenda. Mikutano, mabadiliko na kughairiwa vitaonekana huko vyenyewe. Shiriki na wanachama tu: yeyote mwenye kiungo anasoma mikutano. /gathering feed reset hutengeneza kiungo kipya na kuzima hiki.
gathering-feed-reset = Kiungo kipya cha kalenda: <code>{ $webcal }</code> (au { $https }). Cha zamani hakifanyi kazi tena; waliojiandikisha wanahitaji kipya.
gathering-feed-no-url = Boti haina anwani ya umma iliyowekwa (PUBLIC_URL), kwa hiyo siwezi kutoa kiungo cha kalenda. Muulize mwendeshaji; kwa sasa /gathering ics NAMBA hutuma mkutano mmoja kama faili.
gathering-code-error-format = “{ $value }” haiwezi kuwa msimbo wa ukumbi: herufi au tarakimu 3 hadi 12.
gathering-code-set = Msimbo wa ukumbi wa #{ $number } “{ $title }”: <b>{ $code }</b>. Utangaze ukumbini; kila mtu anajiandikisha kuwa yupo kwa /here { $code } (ni bora faraghani nami). /gathering code { $number } - huuondoa.
gathering-code-cleared = “Nipo hapa” kwa #{ $number } “{ $title }” haihitaji tena msimbo.
gathering-here-needs-code = Mkutano huu una msimbo wa ukumbi, unaotangazwa papo hapo: tuma /here { $number } MSIMBO (ni bora faraghani nami).
gathering-error-wrong-code = Huo si msimbo wa ukumbi. Uthibitishe kwa waandaaji papo hapo.
## w4-pairing
pair-confirmed-requests = Washauri niliowauliza: { $mentors }. Maombi yaliyotumwa: { $requests }. Kila mshauri ana saa { $hours } kujibu; bila jibu, mtu huyo hupewa mshauri bora anayefuata.
pair-by-hand-in-group = Kuwaunganisha watu wawili kwa mkono hufanyika kwenye kikundi cha kundi: tuma huko /pair @mshauri @mwanafunzi.
pair-mine-no-cohort = Bado haupo kwenye kundi lolote. Jiunge na moja kwenye kikundi chake kwa /join.
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = Mwandikie { $other } moja kwa moja: gusa jina.
pair-intro-times-both = Baadhi ya nyakati za kukutana, ndani ya saa ambazo nyote mko macho:
pair-ended-unpaired = { $person }, mratibu amemaliza ushauri wako na { $other } katika { $name }.
pair-ended-left = { $person }, { $other } ameondoka { $name }, kwa hiyo ushauri wenu umeisha.
pair-ended-away = { $person }, { $other } yuko mbali na { $name } kwa muda, kwa hiyo ushauri wenu umeisha.
pair-ended-next-mentor = Ninamuuliza mshauri bora anayefuata kwa ajili yako; utaarifiwa mtu akikubali.
mydata-someone-who-left = mtu aliyeondoka
pair-reason-language-unknown = hakuna lugha iliyotajwa
person-pick = Kuna zaidi ya mwanachama mmoja anayeitwa “{ $who }”. Unamaanisha yupi?
pair-ask-open-private = <a href="{ $link }">Fungua mazungumzo ya faragha nami</a> na maombi kama haya yatakufikia huko.
pair-ended-you-left = { $person }, umeondoka { $name }, kwa hiyo ushauri wako na { $other } umeisha.
pair-ended-you-away = { $person }, uko mbali na { $name } kwa muda, kwa hiyo ushauri wako na { $other } umeisha; atapewa mshauri mwingine.
## w4-reports
cmd-audit-summary = nani alifanya nini katika kundi (majukumu, jozi, uhamishaji, tafiti), hutumwa kwako faraghani
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = Bado hakuna kitu katika kumbukumbu ya ukaguzi ya { $cohort }.
audit-header = <b>Kumbukumbu ya ukaguzi ya { $cohort }</b>: { $count ->
    [one] ingizo la mwisho
   *[other] maingizo { $count } ya mwisho, mapya kwanza
} (vitambulisho na mipangilio tu).
audit-error-word = /audit inapokea --since 2027-01-01 tu; sijui "{ $word }" hapa.
report-web-not-set-up = Ukurasa wa ripoti haujawekwa kwenye boti hii: mwendeshaji aweke PUBLIC_URL (docs/configuration.md).
report-web-link = Ukurasa wako wa faragha wa ripoti ya { $cohort } (halali saa { $hours }). Usiupitishe kwa wengine: yeyote mwenye kiungo anaweza kuusoma hadi muda wake uishe. /report web revoke husimamisha viungo vyote.
report-web-revoked = Viungo vyote vya ukurasa wa ripoti ya { $cohort } vilivyotolewa hadi sasa havifanyi kazi tena.
report-web-title = Ripoti: { $cohort }
report-web-downloads = Vipakuliwa
report-web-audit = Kumbukumbu ya ukaguzi
report-web-audit-when = Lini
report-web-audit-who = Nani
report-web-audit-action = Kitendo
report-web-audit-details = Maelezo
report-web-expires = Kiungo hiki kinafanya kazi hadi { $at }.
network-hub-error-not-admin = Ni msimamizi wa gumzo hili tu anayeweza kulifanya kitovu cha mtandao.
## lead: nudge fallback
checkin-nudge-group = { $person }, nina swali kwako kuhusu kundi. Siwezi kukuandikia kwanza: fungua { $link } na ubonyeze Anza ili ulisome.
checkin-nudge-group-private = { $person }, nina swali kwako kuhusu kundi. Niandikie faraghani ili ulisome.
## w5-gatherings
gathering-code-error-digits = “{ $value }” ina tarakimu tu, na /here ingeisoma kama namba ya mkutano. Chagua msimbo wa ukumbi wenye angalau herufi moja, au tuma /gathering code { $number } nami nitatunga mmoja.
## w5-nethub
network-offer-ask = Ungependa kutoa hiki kwa mtandao { $networks }? { $kind ->
    [reflection] Tafakari yako
    [checkin] Jibu lako la ripoti ya maendeleo
   *[commitment] Jinsi ahadi yako ilivyokwenda
}:
    { $text }
    Hakuna kinachotumwa usipokichagua hapa (au baadaye kwa <code>/share</code>).
network-offer-no = Si hiki
network-digest-theme-language = <b>{ $themes } · kwa { $language }</b>
network-report-gatherings = { "  " }mikutano: { $gatherings }, ahadi: { $commitments }, zimetimizwa: { $done }, kwa sehemu: { $partly } ({ $rate }% zimetimizwa)
network-report-chart-title = “{ $name }”: majibu ya ripoti za maendeleo na ufuatiliaji uliotimizwa kwa kila kundi
network-report-axis-response = Majibu ya ripoti za maendeleo
network-report-axis-followups = Ufuatiliaji uliotimizwa
cmd-network-export-summary = takwimu za mtandao kama faili, kutoka kwa mauzo ya nje ya makundi (hutumwa faraghani)
cmd-network-export-usage = /network export [csv|json|wikitext] ["Mtandao"]
network-hub-channel-code = Ili kufanya chaneli ya Telegram kuwa kitovu cha “{ $name }”: niongeze kwenye chaneli kama msimamizi anayeruhusiwa kuchapisha, kisha chapisha hiki huko ndani ya saa moja:
    <code>/network hub { $code }</code>
    Nitathibitisha kwenye chaneli, nitaondoa chapisho hilo na kukuambia hapa. Kwa kikundi au chumba cha Matrix, endesha <code>/network hub</code> ndani yake.
network-hub-channel-done = Chaneli { $channel } sasa ni kitovu cha “{ $name }”.
network-hub-channel-bad-code = Msimbo huu wa kitovu haujulikani, umeshatumika au umeisha muda. Mratibu wa mtandao anapata mpya kwa kunitumia <code>/network hub</code> faraghani.
network-space-created = Nimeunda nafasi ya Matrix “{ $name }” na kukualika; vyumba vya makundi ndani yake: { $count }. Vyumba vya makundi yanayojiunga au kuondoka kwenye mtandao huongezwa au kuondolewa.
network-space-synced = Nafasi ya “{ $name }” iko sawa tena; vyumba vya makundi ndani yake: { $count }.
network-space-error-platform = Nafasi (spaces) ni za Matrix: endesha hili kwenye Matrix. Kwenye Telegram, tumia kikundi au chaneli kama kitovu (<code>/network hub</code>).
cmd-network-space-summary = nafasi ya Matrix yenye vyumba vya makundi ya mtandao, inayosasishwa
cmd-network-space-usage = /network space ["Mtandao"]
## w5-surveys
button-survey-back = « Rudi
survey-back-first = Hili ni swali la kwanza: hakuna jibu la awali la kubadilisha.
survey-dm-your-answer = Jibu lako hadi sasa: { $answer }
survey-back-none = Hakuna swali la utafiti linalokusubiri. /surveys inaonyesha tafiti zako zilizo wazi.
survey-dm-back-hint = Kubadilisha jibu lako la awali, andika “rudi”.
smallest-group-is = Kundi dogo zaidi linaloonyeshwa la kikundi ni { $count ->
    [one] mtu { $count }
   *[other] watu { $count }
}: matokeo ya tafiti, pamoja na ripoti na muhtasari nje ya mwonekano wa faragha wa waratibu, hayaonyeshi idadi, asilimia wala wastani wa watu wachache zaidi.
smallest-group-set = Kuanzia sasa, idadi, asilimia na wastani vinahitaji angalau { $count ->
    [one] mtu { $count }
   *[other] watu { $count }
} nyuma yake ili vionyeshwe (tafiti, ripoti, muhtasari).
smallest-group-moved = Sasa hili ni mpangilio mmoja wa kikundi kwa tafiti, ripoti na kila hesabu: /cohort edit --smallest-group NAMBA (3 hadi 100; 5 kama haijawekwa).
smallest-group-error = Kundi dogo zaidi linaloonyeshwa ni namba kamili kutoka { $min } hadi { $max }; “{ $value }” si namba hiyo.
cohort-card-smallest-group = Kundi dogo zaidi linaloonyeshwa: { $count ->
    [one] mtu { $count }
   *[other] watu { $count }
} (hesabu za watu wachache zaidi hazionyeshwi).
survey-status-word = { $status ->
    [draft] bado haujatumwa
    [closed] umefungwa
   *[open] wazi
}
## w5-netmatch
cmd-network-meet-summary = kukutana na mtu wa kundi jingine la mtandao (ndiyo au hapana; jibu kwa faragha)
cmd-network-meet-usage = /network meet [on|off] ["Mtandao"]
cmd-network-round-summary = kuwatambulisha wanachama waliojiandikisha kwa mtu wa kundi jingine (waratibu wa mtandao)
cmd-network-round-usage = /network round [every 2w|off] ["Mtandao"]
network-meet-status-title = Kukutana na watu wa makundi mengine:
network-meet-status-line = • “{ $network }” (kupitia { $cohort }): { $state ->
    [on] ndiyo
   *[off] hapana
  }
network-meet-explain = Mratibu wa mtandao anapoanzisha awamu, unatambulishwa kwa faragha kwa mtu wa kundi jingine, ikiwezekana mwenye lugha na mada mnayoshiriki. Mtu huyo anaona jina lako, kundi lako na jinsi ya kukufikia (@jina lako la Telegram au kitambulisho chako cha Matrix); nawe unaona vyake.
network-meet-button-on = Ndiyo, nitambulishe
network-meet-button-off = Hapana, acha
network-meet-on = Utatambulishwa kwa mtu wa kundi jingine katika { $networks }. Mtu huyo ataona jina lako, kundi lako na jinsi ya kukufikia. <code>/network meet off</code> inasimamisha hili.
network-meet-off = Hutatambulishwa tena kwa mtu yeyote katika { $networks }.
network-meet-off-already = Hukuwa umejiandikisha kukutana na watu huko.
network-meet-error-paused = Uko kwenye mapumziko katika kundi hilo: rudi kwanza, kisha ujiandikishe.
network-meet-error-no-network = Hakuna kundi lako hapa lililo katika mtandao.
network-round-error-one = “{ $name }” lina kundi moja tu: bado hakuna mtu wa kundi jingine wa kukutana naye.
network-round-error-few = Wanachama wasiozidi mmoja wa “{ $name }” wamejiandikisha kwa <code>/network meet on</code>, kwa hiyo hakuna awamu.
network-round-done = Awamu { $number } ya “{ $name }”: { $groups ->
    [one] utambulisho { $groups }
   *[other] utambulisho { $groups }
} kwa { $people ->
    [one] mtu { $people }
   *[other] watu { $people }
}. Hawakupata mtu safari hii: { $unplaced }. Makundi yenye watu wawili wa kundi moja (hakuna mwingine aliyefaa): { $same }. Hawakuweza kuandikiwa kwa faragha: { $unreached }.
network-meet-intro = { $person }, katika mtandao “{ $network }” unakutana na { $group ->
    [pair] mtu mmoja
   *[triad] watu wawili
  } wa kundi jingine:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort }), kwenye { $platform }: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort }), kwenye { $platform }: ana mawasiliano yako na atakuandikia kwanza.
network-meet-intro-common = Mnachoshiriki: { $common }.
network-meet-common-languages = mnazungumza { $languages }
network-meet-common-topics = mnapendezwa na { $topics }
network-meet-common-none = hakuna lugha wala mada iliyotajwa; salimianeni muone
network-meet-intro-next = Andikianeni mkubaliane muda: simu moja au jumbe chache zinatosha.
network-meet-nobody = { $person }, katika awamu hii hakuna mtu wa kundi jingine la “{ $network }” aliyekufaa. Bado umejiandikisha kwa awamu ijayo.
mydata-network-meet = Mitandao ambako unakutana na watu wa makundi mengine ({ $count }):
mydata-network-meet-on = • “{ $network }”, kupitia { $cohort }, tangu { $since }
mydata-network-meet-round = • “{ $network }”, awamu { $number } ({ $when }): ulikutana na { $others }
## w5-reports2
report-chart-too-few = Chati: bado hakuna cha kuonyesha. Itaonekana ikiwa na watu { $min } au zaidi.
export-file-too-large = { $file } haikutumwa: ukubwa wake wa MB { $size } unazidi kikomo cha gumzo hili (MB { $limit }). Ipakue kutoka ukurasa wako wa ripoti: /report web

## w5-gqa
gathering-report-people = Jibu na mahudhurio ya kila mtu:
gathering-ics-hint = Kwa kalenda yako: /gathering ics { $number }
button-gathering-keep = Hapana, kiendelee
gathering-kept = Hakuna kinachobadilika: “{ $title }” kinaendelea.
report-gathering-line-let-go = #{ $number } { $title }: watakuja { $going }, waliohudhuria { $present }; { $commitments ->
    [one] ahadi { $commitments }
   *[other] ahadi { $commitments }
}: zimekamilika { $done }, kwa sehemu { $partly }, zimeachwa { $letgo }, wazi { $open }

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = rudi, nyuma
survey-closed-unfinished = Dodoso “{ $title }” lilifungwa kabla hujamaliza, kwa hiyo jibu hili halikuhifadhiwa.
survey-error-json-type = Swali { $n }: “{ $type }” si aina ya swali. Tumia single, multi, scale5, scale10, yesno au text.
survey-error-too-many-options = Swali { $n } lina machaguo mengi mno (yasiyozidi { $max }).
survey-error-question-too-long = Swali { $n }: maandishi yake au moja ya machaguo yake ni marefu mno ({ $max ->
    [one] herufi isiyozidi { $max }
   *[other] herufi zisizozidi { $max }
}).
survey-error-title-too-long = Kichwa, maandishi ya mwanzo au ya shukrani ni marefu mno ({ $max ->
    [one] herufi isiyozidi { $max }
   *[other] herufi zisizozidi { $max }
}).
survey-error-send-poll = Dodoso { $number } ni kura ya haraka kwenye kikundi: hujibiwa hapo, halitumwi faraghani. /survey results { $number } huonyesha matokeo yake.

## w6-netment
network-report-mentorships = { "  " }ushauri: zinaendelea { $active }; zilizoombwa: { $asked }, zilizokubaliwa: { $accepted }

## w3-net-web
cmd-network-page-summary = kiungo cha ukurasa wa wavuti wa vilivyoshirikiwa kwenye mtandao (kinatumwa faragha; revoke huzima viungo vyote)
cmd-network-page-usage = /network page [revoke] ["Mtandao"]
network-page-link = Ukurasa wa wavuti wa vilivyoshirikiwa katika “{ $name }” (halali kwa saa { $hours }). Unaonyesha kile wanachama walichagua kushiriki, na majina pale tu walipokubali; yeyote mwenye kiungo anaweza kuusoma hadi muda wake uishe. <code>/network page revoke</code> huzima viungo vyote.
network-page-revoked = Hakuna kiungo kilichotolewa hadi sasa kwa ukurasa wa “{ $name }” kinachofanya kazi tena. <code>/network page</code> hutoa kipya.
network-page-not-set-up = Ukurasa wa mtandao haujawekwa kwenye boti hii: mwendeshaji huweka PUBLIC_URL (docs/configuration.md).
network-page-title = Vilivyoshirikiwa katika mtandao “{ $name }”
network-page-intro = Mafunzo ambayo wanachama wa { $cohorts ->
    [one] kundi lake { $cohorts }
   *[other] makundi yake { $cohorts }
} walichagua kushiriki, kwa mada na lugha. Kitu alichokiondoa mwandishi wake hakipo tena hapa.
network-page-nothing = Bado hakuna kilichoshirikiwa.
network-page-expires = Kiungo hiki kinafanya kazi hadi { $at }.
network-page-refused-title = Kiungo hiki hakifanyi kazi
network-page-refused = Muda wa kiungo umeisha, kimefutwa, kimebadilishwa, au ni cha ukurasa mwingine. Mratibu wa mtandao hupata kipya kwa /network page.
network-withdraw-title-any = Vitu ulivyoshiriki. Kurudisha kimoja kunakiweka nje ya muhtasari ujao na kukiondoa kwenye ukurasa wa mtandao (muhtasari uliokwisha tumwa unabaki):
network-withdraw-done-any = Kimerudishwa: hakitatumwa tena na hakipo tena kwenye ukurasa wa mtandao.
network-withdraw-none-any = Huna vitu ulivyoshiriki vya kurudisha.
mydata-network-page = Vitu vilivyoidhinishwa, vimetumwa au la, pia vipo kwenye ukurasa wa wavuti wa kila mtandao, kwa yeyote mwenye kiungo chake, hadi uviondoe (<code>/share withdraw</code>).
network-round-rhythm-usage = Sema mara ngapi: <code>/network round every 2w</code> (wiki 1 hadi 12) au <code>/network round off</code>.
network-round-rhythm-weeks = Mizunguko huja kila { $max ->
    [one] wiki 1 hadi { $max }
   *[other] wiki 1 hadi { $max }
}, k.m. <code>/network round every 2w</code>.
network-round-rhythm-set = Mizunguko kati ya makundi ya “{ $name }” sasa inakuja yenyewe { $weeks ->
    [one] kila wiki
   *[other] kila wiki { $weeks }
}; wa kwanza tarehe { $next }. <code>/network round off</code> huisimamisha.
network-round-rhythm-off = Mizunguko kati ya makundi ya “{ $name }” haiji tena yenyewe; <code>/network round</code> bado huanzisha mmoja.
network-round-rhythm-skipped = Hakuna mzunguko kati ya makundi ya “{ $name }” safari hii: unahitaji makundi mawili na angalau wanachama wawili waliojiandikisha kwa <code>/network meet on</code>.
network-round-rhythm-note = Mzunguko huu ulikuja wenyewe ({ $weeks ->
    [one] kila wiki
   *[other] kila wiki { $weeks }
}); unaofuata tarehe { $next }.
## w3-net-e2e
network-meet-intro-you-write = Huna jina la mtumiaji la umma kwenye { $platform }, kwa hivyo { $name } hawezi kukuandikia: tafadhali andika wewe kwanza.
## w3-edges-pair
pair-ended-group = { $person }, ushauri wako katika { $name } umekwisha.
pair-open-private = <a href="{ $link }">Fungua mazungumzo ya faragha nami</a> na habari kama hii zitakufikia huko.
## w3-edges-tg
timezone-every-cohort = Una saa za eneo moja katika kila kundi: --cohort haizibadilishi kwa kundi moja tu.
