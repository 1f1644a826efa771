# cohort-bot — português do Brasil.
# Mensagens em marcação: <b>, <i>, <code>, <a href="…">. As variáveis são escapadas pelo bot.
# Toda chave de en.ftl precisa existir aqui: um teste falha se faltar alguma.

language-name = Português (Brasil)

## Palavras comuns

value-none = —
value-yes = sim
value-no = não
cancelled = Cancelado. Nada foi alterado.
done = Pronto.
usage-line = Uso: <code>{ $usage }</code>
role-name = { $role ->
    [mentor] mentor
    [coordinator] coordenador
   *[member] membro
}
status-name = { $status ->
    [paused] em pausa
    [left] saiu
    [archived] arquivada
   *[active] ativo
}
field-cohort-name = nome da turma
field-languages = idiomas
field-region = região
field-themes = temas
field-topics = tópicos
field-about = texto “sobre mim”
button-cancel = Cancelar
button-archive-confirm = Sim, arquivar
button-forget-confirm = Sim, apagar meus dados

## Erros

error-internal = Desculpe, algo deu errado do meu lado. Tente de novo em um minuto.
error-unknown-command = Não conheço o comando { $command }. Envie /help para ver o que posso fazer.
error-unknown-command-suggest = Não conheço o comando { $command }. Você quis dizer { $suggestion }?
error-unknown-subcommand = “{ $sub }” não é algo que este comando faz.
error-unknown-subcommand-suggest = “{ $sub }” não é algo que este comando faz. Você quis dizer “{ $suggestion }”?
error-missing-subcommand = Este comando precisa de uma palavra dizendo o que fazer.
error-unclosed-quote = Há uma aspa sem fechar: adicione { $quote } no final do texto.
error-unknown-flag = Não conheço a opção { $flag }.
error-flag-needs-value = A opção { $flag } precisa de um valor, como { $flag }=valor.
error-missing-argument = Está faltando algo aqui ({ $argument }).
error-unexpected-words = Eu não esperava “{ $words }” aqui.
error-nothing-to-change = Diga o que mudar, com pelo menos uma opção.
error-group-only = { $command } funciona em um grupo, onde está a turma.
error-no-cohort-here = Ainda não há turma neste chat. Um administrador do grupo pode criar uma com <code>/cohort create "Nome"</code>.
error-not-member = Só membros desta turma podem fazer isso. Envie /join para entrar.
error-needs-role = Só um { $role } desta turma pode fazer isso.
error-text-empty = O campo { $field } não tem nenhum caractere visível.
error-text-too-long = Longo demais: o campo { $field } pode ter no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } caracteres
   *[other] { $max } caracteres
} (este tem { $length }).
error-too-many-items = { $field } demais: no máximo { $max }.
error-bad-timezone = “{ $value }” não é um fuso horário que eu conheça. Use um nome como America/Sao_Paulo, Africa/Maputo ou Europe/Lisbon.
error-bad-language = “{ $value }” não é um código de idioma. Use códigos como pt-BR, en, es ou ar.
error-unsupported-language = Ainda não falo “{ $value }”. Eu falo: { $available }.
error-bad-until = “{ $value }” não é uma data nem uma duração. Use uma data como 2026-12-24, ou 12h, 3d, 2w.
error-until-past = { $value } já passou.
error-until-too-far = { $value } está a mais de um ano daqui.
error-bad-number = O campo { $field } deve ser um número inteiro de { $min } a { $max } (não “{ $value }”).
error-bad-yes-no = Responda { $field } com sim ou não (não “{ $value }”).
error-bad-role = “{ $value }” não é um papel. Os papéis são member, mentor e coordinator.
error-bad-profile-field = “{ $value }” não é um campo do perfil. Campos: { $fields }.
error-unknown-person = Ainda não conheço { $who }. Passo a conhecer as pessoas quando elas escrevem em um chat onde estou.
error-not-in-cohort = { $name } não é membro desta turma.
error-cohort-exists = Este chat já tem uma turma: { $name }. Arquive-a primeiro para começar outra.
error-cohort-archived = A turma { $name } está arquivada.
error-unknown-cohort = Você não está em uma turma chamada “{ $value }”. Suas turmas: { $cohorts }.
private-not-understood = Eu respondo a comandos. Envie /help para vê-los.

## Botões

action-stale = Este botão não é mais válido.
action-not-yours = Este botão é para outra pessoa.

## /help

cmd-help-summary = o que posso fazer aqui
cmd-help-usage = /help [comando]
help-title-group = <b>Comandos que você pode usar neste grupo</b>
help-title-private = <b>Comandos que você pode usar aqui</b>
help-line = { $usage } — { $summary }
help-footer = Envie <code>/help comando</code> para saber mais sobre um deles.
help-where-group = Funciona em um grupo.
help-where-private = Funciona em um chat privado comigo.

## /start

start-welcome = Olá, { $name }! Eu organizo turmas de aprendizagem entre pares: check-ins, mentoria, reflexões. Envie /help para ver o que você pode fazer, ou abra o link de convite de uma turma.
start-joined = Boas-vindas à { $name }! Conte sobre você ao seu mentor e à coordenação, aqui no privado, com <code>/profile set about …</code>. Envie /help para ver mais.
start-bad-link = Este link de convite não é mais válido. Peça um novo à coordenação.

## /cohort

cmd-cohort-summary = ver a turma deste chat; a coordenação cria e administra
cmd-cohort-usage = /cohort [show|create|edit|pause|resume|archive]
cmd-cohort-show-summary = mostrar a turma
cmd-cohort-show-usage = /cohort
cmd-cohort-create-summary = criar a turma deste chat ou tópico
cmd-cohort-create-usage = /cohort create "Nome" [--languages pt-BR,en] [--region "…"] [--themes "a, b"] [--timezone Região/Cidade] [--language pt-BR]
cmd-cohort-edit-summary = mudar o nome, o contexto ou as configurações da turma
cmd-cohort-edit-usage = /cohort edit [--name "…"] [--languages …] [--region …] [--themes …] [--timezone …] [--language …] [--names-in-group yes|no] [--smallest-group 5]
cmd-cohort-pause-summary = pausar a turma, se quiser até uma data
cmd-cohort-pause-usage = /cohort pause [--until 2026-12-24|2w]
cmd-cohort-resume-summary = retomar uma turma pausada
cmd-cohort-resume-usage = /cohort resume
cmd-cohort-archive-summary = arquivar a turma (pede confirmação)
cmd-cohort-archive-usage = /cohort archive
cohort-none-yet = Ainda não há turma neste chat. Um administrador do grupo pode criar uma com <code>/cohort create "Nome"</code>.
cohort-created = Turma <b>{ $name }</b> criada. Os membros entram com /join ou pelo link abaixo.
cohort-edited = Alterado: { $fields }.
cohort-card-title = <b>{ $name }</b>
cohort-card-status = Situação: { $status }
cohort-card-status-until = Situação: { $status } até { $until }
cohort-card-languages = Idiomas: { $languages }
cohort-card-region = Região: { $region }
cohort-card-themes = Temas: { $themes }
cohort-card-timezone = Fuso horário: { $timezone }
cohort-card-language = O bot fala: { $language }
cohort-card-members = { $count ->
    [one] { $count } membro
    [many] { $count } membros
   *[other] { $count } membros
}
cohort-card-names-in-group-on = No grupo, eu digo o nome de quem não respondeu, de quem está em pausa e de quem ficou sem par.
cohort-card-names-in-group-off = No grupo, eu só conto, sem nomes, quem não respondeu, está em pausa ou ficou sem par; a coordenação recebe os nomes no privado.
cohort-card-join-link = Link de convite: <a href="{ $link }">{ $link }</a>
cohort-paused = { $name } está em pausa. Nada fica agendado até /cohort resume.
cohort-paused-until = { $name } está em pausa até { $until }.
cohort-already-paused = A turma já está em pausa.
cohort-not-paused = A turma não está em pausa.
cohort-resumed = { $name } está ativa de novo.
cohort-resumed-auto = A pausa acabou: { $name } está ativa de novo.
cohort-archive-confirm = Arquivar <b>{ $name }</b>? Os membros continuam no chat, mas a turma para e uma nova pode ser criada aqui.
cohort-archived = { $name } foi arquivada.
bot-added = Olá! Eu organizo turmas de aprendizagem entre pares. Um administrador do grupo pode começar uma com <code>/cohort create "Nome"</code>; envie /help para ver mais.
room-encrypted = Esta sala tem criptografia de ponta a ponta e eu ainda não consigo ler mensagens criptografadas, então os comandos aqui ficam sem resposta. Use uma sala sem criptografia para a turma, ou peça a quem me administra para ativar o suporte a criptografia.
bot-added-with-cohort = Olá de novo! A turma { $name } continua aqui. Envie /help para ver o que posso fazer.

## Membros

cmd-join-summary = entrar na turma deste chat
cmd-join-usage = /join
cmd-leave-summary = sair da turma deste chat
cmd-leave-usage = /leave
cmd-members-summary = listar os membros da turma
cmd-members-usage = /members [--all]
cmd-role-summary = dar um papel a alguém
cmd-role-usage = /role @pessoa member|mentor|coordinator
join-welcome = Boas-vindas à { $name }, { $person }!
join-welcome-dm = Boas-vindas à { $name }! Conte sobre você ao seu mentor e à coordenação, aqui no privado, com <code>/profile set about …</code>. Envie /help para ver mais.
join-already = Você já é membro de { $name }.
join-in-private = Para entrar em uma turma, envie /join no grupo dela ou abra o link de convite.
leave-done = Você saiu de { $name }. Seu perfil fica guardado caso você volte; /forgetme apaga tudo.
leave-not-member = Você não é membro de { $name }.
cmd-pause-summary = fazer uma pausa: nenhum check-in ou par chega até você até ela acabar
cmd-pause-usage = /pause [--until 2026-12-24|2w] (no privado: [--cohort "Nome"])
cmd-resume-summary = encerrar sua pausa antes
cmd-resume-usage = /resume (no privado: [--cohort "Nome"])
pause-done-until = Você está em pausa de { $name } até { $until }: nenhum check-in, lembrete ou par chega até você. /resume encerra a pausa antes.
resume-done = Que bom ter você de volta em { $name }: os check-ins voltam a chegar até você.
resume-not-paused = Você não está em pausa de { $name }.
pause-ended-dm = Sua pausa de { $name } acabou: os check-ins voltam a chegar até você. /pause começa outra.
members-title = <b>{ $name }</b>: { $count ->
    [one] { $count } membro
    [many] { $count } membros
   *[other] { $count } membros
}
members-line = • { $name }{ $username ->
    [none] {""}
   *[other] {" "}({ $username })
} — { $role }, { $status }
members-on-break-count = { $count ->
    [one] Mais { $count } membro está em pausa.
    [many] Mais { $count } membros estão em pausa.
   *[other] Mais { $count } membros estão em pausa.
}
members-left-count = { $count ->
    [one] Mais { $count } pessoa saiu da turma.
    [many] Mais { $count } pessoas saíram da turma.
   *[other] Mais { $count } pessoas saíram da turma.
}
members-names-sent-privately = Enviei a lista completa para você no privado.
members-names-not-in-group = Os nomes não aparecem no grupo (/cohort edit --names-in-group yes faz com que apareçam).
members-none = { $name } ainda não tem membros.
role-set = { $name } agora é { $role }.
role-admin-note = { $name } é administrador deste chat e continua na coordenação daqui enquanto for administrador.
role-admin-granted-note = { $name } também é administrador deste chat. O papel concedido mantém a pessoa na coordenação se ela deixar de ser administradora; <code>/role @pessoa member</code> retira o papel.
members-coordinator = { $source ->
    [admin] coordenador (administrador do chat)
    [both] coordenador (administrador do chat, e também com /role)
   *[granted] coordenador (concedido com /role)
}
members-roles-note = Os administradores do chat fazem parte da coordenação enquanto forem administradores. Um papel dado com /role vale até que <code>/role @pessoa member</code> o retire.
role-unchanged = { $name } já é { $role }.

## /profile

cmd-profile-summary = ver ou mudar seu perfil
cmd-profile-usage = /profile [show|set|clear]
cmd-profile-show-summary = mostrar seu perfil (coordenação: o de alguém, enviado no privado)
cmd-profile-show-usage = /profile [show] [@pessoa] [--cohort "Nome"]
cmd-profile-set-summary = definir um campo: languages, region, topics, timezone, capacity, wants-mentor, stage; no privado também preferences e about
cmd-profile-set-usage = /profile set campo valor [--cohort "Nome"]
cmd-profile-clear-summary = apagar um campo
cmd-profile-clear-usage = /profile clear campo [--cohort "Nome"]
profile-title = <b>{ $name }</b> em { $cohort } — { $role }, { $status }
profile-languages = Idiomas: { $value }
profile-region = Região: { $value }
profile-topics = Tópicos: { $value }
profile-timezone = Fuso horário: { $value }
profile-capacity = Pode mentorar: { $value ->
    [0] não
    [one] { $value } pessoa
    [many] { $value } pessoas
   *[other] { $value } pessoas
}
profile-wants-mentor = Quer um mentor: { $value }
profile-about = Sobre: { $value }
profile-updated = Salvei seu campo { $field } para { $cohorts }.
profile-cleared = Apaguei seu campo { $field } para { $cohorts }.
profile-no-cohorts = Você ainda não está em nenhuma turma. Entre em uma com /join no grupo dela, ou pelo link de convite.

## /language e /timezone

cmd-language-summary = escolher o idioma em que escrevo para você
cmd-language-usage = /language [código]
cmd-timezone-summary = ver ou definir seu fuso horário
cmd-timezone-usage = /timezone [Região/Cidade]
language-current = Escrevo para você em { $language }. Escolha outro:
language-set = A partir de agora escrevo para você em { $language }.
language-group-note = Neste grupo continuo falando o idioma da turma.
timezone-current = Seu fuso horário: { $timezone } (agora são { $now }).
timezone-set = Seu fuso horário agora é { $timezone } (agora são { $now }).

## /mydata e /forgetme

cmd-mydata-summary = tudo o que guardo sobre você
cmd-mydata-usage = /mydata
cmd-forgetme-summary = apagar tudo o que guardo sobre você
cmd-forgetme-usage = /forgetme
mydata-title = <b>O que guardo sobre você</b>
mydata-account = Nome: { $name } (usuário: { $username }), { $platform } id { $id }
mydata-settings = Idioma: { $language } (seu aplicativo diz: { $hint }), fuso horário: { $timezone }
mydata-since = Conhecido desde { $date }
mydata-memberships = { $count ->
    [0] Você não está em nenhuma turma.
    [one] Você está em { $count } turma:
    [many] Você está em { $count } turmas:
   *[other] Você está em { $count } turmas:
}
mydata-membership = • <b>{ $cohort }</b>: { $role }, { $status }, desde { $joined }
mydata-profile = { "  " }idiomas { $languages }; região { $region }; tópicos { $topics }; fuso horário { $timezone }; pode mentorar { $capacity }; quer um mentor { $wantsMentor }; sobre: { $about }
mydata-audit = { $count ->
    [0] Você não fez nenhuma alteração de coordenação.
    [one] { $count } alteração de coordenação está registrada em seu nome.
    [many] { $count } alterações de coordenação estão registradas em seu nome.
   *[other] { $count } alterações de coordenação estão registradas em seu nome.
}
mydata-footer = Não guardo mensagens do chat, só o que você responde nos check-ins e nas reflexões (listado acima). /forgetme apaga tudo isso.
forgetme-confirm = Isto apaga sua conta aqui, seu perfil e sua participação em { $count ->
    [one] { $count } turma
    [many] { $count } turmas
   *[other] { $count } turmas
}. As ações de coordenação que você fez continuam registradas sem o seu nome. Não dá para desfazer.
forgetme-done = Pronto: apaguei tudo o que eu guardava sobre você. Se você me escrever de novo, começo do zero.

## Check-ins

cmd-checkin-summary = check-ins regulares: veja-os; a coordenação agenda
cmd-checkin-usage = /checkin [list|schedule|now|skip|pause|resume|delete|stats|digest]
cmd-checkin-list-summary = listar os agendamentos de check-in desta turma
cmd-checkin-list-usage = /checkin list
cmd-checkin-schedule-summary = adicionar um agendamento de check-in no fuso horário da turma
cmd-checkin-schedule-usage = /checkin schedule semanal seg 18:00 | a cada 2 semanas qui 09:30 | mensal primeira ter 17:00 | cron 0 18 * * 1 [--window 2d] [--remind 6h] [--question "…"]… [--digest group|coordinators] [--inactive-after 3]
cmd-checkin-now-summary = publicar um check-in agora
cmd-checkin-now-usage = /checkin now [número]
cmd-checkin-skip-summary = pular o próximo check-in de um agendamento
cmd-checkin-skip-usage = /checkin skip número
cmd-checkin-pause-summary = pausar um agendamento
cmd-checkin-pause-usage = /checkin pause número
cmd-checkin-resume-summary = retomar um agendamento pausado
cmd-checkin-resume-usage = /checkin resume número
cmd-checkin-delete-summary = apagar um agendamento e seus check-ins
cmd-checkin-delete-usage = /checkin delete número
checkin-question-1 = O que você fez desde o último check-in?
checkin-question-2 = No que você vai trabalhar agora?
checkin-question-3 = Algo está travando você, ou alguém pode ajudar?
checkin-error-pattern = Não consigo ler “{ $pattern }” como agendamento. Tente: semanal seg 18:00, a cada 2 semanas qui 09:30, mensal primeira ter 17:00, ou cron 0 18 * * 1.
checkin-error-weekday = “{ $word }” não é um dia da semana (seg, ter, qua, qui, sex, sáb, dom).
checkin-error-time = “{ $word }” não é um horário (de 00:00 a 23:59).
checkin-error-nth = “{ $word }” não é primeira, segunda, terceira, quarta ou última.
checkin-error-every = “{ $word }” semanas: escolha de 1 a 8.
checkin-error-cron = “{ $field }” não é um campo cron válido (minuto hora dia mês dia-da-semana).
checkin-error-never = Esse agendamento nunca acontece (essa data não existe).
checkin-error-too-often = Os check-ins podem acontecer no máximo uma vez por hora.
checkin-error-span = { $flag } “{ $value }” não é uma duração entre 10m e 14d (como 90m, 6h, 2d).
checkin-error-remind-window = O lembrete precisa vir antes de as respostas fecharem: deixe --remind menor que --window.
checkin-error-window-overlap = A janela de respostas é maior que o intervalo entre dois check-ins: diminua --window.
checkin-error-digest = “{ $value }” não é group nem coordinators.
checkin-error-questions = No máximo { $max ->
    [one] { $max } pergunta
    [many] { $max } perguntas
   *[other] { $max } perguntas
}, por favor.
checkin-error-question-length = Uma pergunta pode ter no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } caracteres
   *[other] { $max } caracteres
}.
checkin-error-no-schedule = Não há agendamento de check-in “{ $id }” aqui. /checkin list mostra os que existem.
checkin-error-not-active = O agendamento nº { $id } está pausado: não há próximo check-in para pular.
checkin-error-already-paused = O agendamento nº { $id } já está pausado.
checkin-error-not-paused = O agendamento nº { $id } não está pausado.
checkin-error-not-member = Só membros desta turma podem responder aos check-ins dela. Primeiro /join.
checkin-error-closed = Este check-in está fechado: as respostas não são mais aceitas.
checkin-error-on-break = Você está em pausa desta turma, então os check-ins não contam você. Primeiro /resume para responder.
checkin-none-yet = Ainda não há check-ins agendados aqui. Coordenação: /checkin schedule semanal seg 18:00
checkin-scheduled = O agendamento de check-in nº { $id } está criado.
checkin-list-title = <b>Agendamentos de check-in</b>
checkin-schedule-line = nº { $id }: { $pattern } ({ $timezone }), { $status ->
    [paused] pausado
   *[other] próximo { $next }
}, respostas abertas por { $window }
checkin-skipped = O check-in do agendamento nº { $id } em { $when } será pulado.
checkin-paused = O agendamento nº { $id } está pausado.
checkin-resumed = O agendamento nº { $id } voltou a funcionar; próximo check-in { $next }.
checkin-delete-confirm = Apagar o agendamento nº { $id } ({ $pattern }) com seus check-ins e respostas? Não dá para desfazer.
checkin-deleted = O agendamento nº { $id } foi apagado.
button-checkin-delete-confirm = Apagar
button-checkin-private = Responder no privado
button-checkin-share = Compartilhar com a turma
button-checkin-keep-private = Manter privado
checkin-prompt = <b>Hora do check-in, { $name }!</b> As respostas ficam abertas até { $closes }.
checkin-prompt-how = Responda a esta mensagem para responder aqui (uma linha por pergunta), ou responda no privado.
checkin-private-started = Escrevi para você no privado.
checkin-dm-first = Não consigo escrever para você primeiro: abra um chat privado comigo e depois toque no botão de novo.
checkin-dm-link = { $person }, não consigo escrever para você primeiro. Abra { $link } e toque em Iniciar: suas respostas começam lá.
checkin-dm-first-link = Não consigo escrever para você primeiro: use o link que publiquei.
checkin-dm-intro = Check-in de { $name }. Responda uma pergunta por vez; escreva “pular” para pular uma.
checkin-dm-question = ({ $n }/{ $total }) { $question }
checkin-dm-done = Obrigado! Você respondeu { $answered } de { $total }. Compartilhar suas respostas no resumo?
checkin-will-share = Suas respostas vão aparecer no resumo.
checkin-kept-private = Suas respostas ficam privadas: o resumo só conta você.
checkin-reflect-offer = Quer escrever uma breve reflexão sobre o que aprendeu? Só você vai ler, a menos que escolha outra coisa.
button-reflect-write = Escrever uma reflexão
button-reflect-not-now = Agora não
checkin-reflect-ask = Escreva sua reflexão na próxima mensagem (ou “pular”).
checkin-reflect-later = Tudo bem. Quando quiser: /reflect seguido de algumas linhas.
button-visibility-mentor = Compartilhar com meu mentor
button-visibility-coordinators = Compartilhar com a coordenação
button-visibility-cohort = Compartilhar com a turma
checkin-answer-saved = Obrigado, sua resposta foi registrada.
checkin-reminder-dm = O check-in de { $name } fecha em breve e ainda não tenho sua resposta.
checkin-reminder-group = O check-in fecha em breve; ainda faltam: { $names }.
checkin-reminder-group-count = O check-in fecha em breve; { $count ->
    [one] { $count } pessoa ainda não respondeu.
    [many] { $count } pessoas ainda não responderam.
   *[other] { $count } pessoas ainda não responderam.
}
checkin-digest-title = <b>Resumo do check-in, { $name }</b>
checkin-digest-count = { $count ->
    [0] Ninguém participou
    [one] { $count } pessoa participou
    [many] { $count } pessoas participaram
   *[other] { $count } pessoas participaram
} (de { $total }).
checkin-digest-who = Obrigado a { $names }.
checkin-digest-coordinators-only = As respostas vão só para a coordenação.
checkin-digest-reflections = <b>Reflexões compartilhadas</b>
cmd-checkin-stats-summary = quem participou dos últimos check-ins e quem sumiu (enviado no privado)
cmd-checkin-stats-usage = /checkin stats
checkin-stats-none = Nenhum check-in fechou ainda.
checkin-stats-title = <b>Participação { $count ->
    [one] no último check-in
    [many] nos últimos { $count } check-ins
   *[other] nos últimos { $count } check-ins
}</b>
checkin-stats-line = { $name }: { $answered }/{ $total }, sequência { $streak }
checkin-stats-inactive = Faltaram a { $count ->
    [one] { $count } check-in
    [many] { $count } check-ins
   *[other] { $count } check-ins
} ou mais seguidos: { $names }
checkin-error-inactive-after = “{ $value }” não é um número de check-ins de 0 a 20 (0: nunca).
checkin-nudge = Olá, { $person }! Você perdeu { $count ->
    [one] o último check-in
    [many] os últimos { $count } check-ins
   *[other] os últimos { $count } check-ins
} de { $name }. Sem pressão: você continua com a gente, quer uma pausa de duas semanas ou prefere sair da turma?
button-nudge-in = Continuo aqui
button-nudge-pause = Uma pausa de duas semanas
button-nudge-leave = Sair da turma
nudge-still-in = Que bom! Até o próximo check-in de { $name }.
nudge-left = Você saiu de { $name }. /join no grupo traz você de volta quando quiser, com seu perfil como estava.
mydata-checkins = { $count ->
    [0] Você não respondeu a nenhum check-in.
    [one] Suas respostas de check-in ({ $count }):
    [many] Suas respostas de check-in ({ $count }):
   *[other] Suas respostas de check-in ({ $count }):
}
mydata-checkin-answer = • { $cohort }, { $date }: { $answers } (compartilhado: { $shared })

## Reflexões

cmd-reflect-summary = escrever uma reflexão, no privado; escolher quem pode ler
cmd-reflect-usage = /reflect … [--visibility me|mentor|coordinators|cohort] [--cohort "Nome"]
cmd-reflections-summary = listar suas reflexões, ou com “shared” as que outras pessoas deixam você ler (no privado)
cmd-reflections-usage = /reflections [shared] [--cohort "Nome"]
reflect-error-not-member = As reflexões pertencem a uma turma: entre em uma com /join primeiro.
reflect-error-too-long = Uma reflexão pode ter no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } caracteres
   *[other] { $max } caracteres
}.
reflect-error-visibility = “{ $value }” não é me, mentor, coordinators nem cohort.
reflect-saved = Salva em { $cohort }. { $visibility ->
    [me] Só você pode ler.
    [mentor] Você e seu mentor podem ler.
    [coordinators] Você e a coordenação podem ler.
   *[cohort] A turma pode ler, e ela aparece no próximo resumo.
}
reflections-title = <b>Suas reflexões</b>
reflections-none = Você ainda não escreveu nenhuma reflexão. /reflect … escreve uma.
reflections-line = { $date }, { $cohort } ({ $visibility }): { $text }
reflections-shared-title = <b>Reflexões compartilhadas com você</b> (últimos 90 dias)
reflections-shared-none = Ninguém compartilhou uma reflexão com você nos últimos 90 dias.
reflections-shared-line = { $date }, { $cohort }, { $name } ({ $visibility }): { $text }
mydata-reflections = { $count ->
    [0] Você não escreveu reflexões.
    [one] Suas reflexões ({ $count }):
    [many] Suas reflexões ({ $count }):
   *[other] Suas reflexões ({ $count }):
}
mydata-reflection = • { $cohort }, { $date } ({ $visibility }): { $text }

## Pares

cmd-pair-summary = seu mentor ou seus mentorados; a coordenação forma os pares de mentoria
cmd-pair-usage = /pair [mentors|confirm] | /pair @mentor @mentorado
cmd-pair-show-summary = seu mentor ou seus mentorados (coordenação: /pair @mentor @mentorado forma um par à mão)
cmd-pair-show-usage = /pair | /pair @mentor @mentorado
cmd-pair-mentors-summary = prévia do melhor mentor para cada membro que quer um, e por quê (enviada no privado)
cmd-pair-mentors-usage = /pair mentors
cmd-pair-confirm-summary = convidar os mentores da prévia
cmd-pair-confirm-usage = /pair confirm
cmd-unpair-summary = encerrar as mentorias de alguém (pede confirmação)
cmd-unpair-usage = /unpair @pessoa
pair-reason-shared-language = os dois falam { $values }
pair-reason-language-bridging = sem idioma em comum (permitido pela coordenação)
pair-reason-same-region = os dois em { $values }
pair-reason-shared-topics = tópicos: { $values }
pair-reason-timezone-overlap = { $values } horas acordados em comum
pair-reason-timezone-unknown = fuso horário desconhecido
pair-reason-stage-fit = etapas compatíveis ({ $values })
pair-reason-stage-mismatch = etapas distantes ({ $values })
pair-reason-shared-preference = uma preferência em comum
pair-reason-repeat = já formaram par antes ({ $values })
pair-reason-none = nenhum motivo forte além da disponibilidade
pair-preview-title = <b>Mentores propostos</b> ({ $count ->
    [one] { $count } par
    [many] { $count } pares
   *[other] { $count } pares
})
pair-preview-line = • { $mentee } ← { $mentor }: { $reasons }
pair-unmatched-no-feasible-mentor = • { $mentee }: nenhum mentor combina (sem idioma em comum, ou excluído)
pair-unmatched-all-feasible-mentors-full = • { $mentee }: os mentores que combinam não têm mais vaga
pair-preview-confirm = /pair confirm convida esses mentores; /pair mentors recalcula.
pair-confirmed = { $count ->
    [one] Convidei { $count } mentor.
    [many] Convidei { $count } mentores.
   *[other] Convidei { $count } mentores.
} Cada um tem { $hours ->
    [one] { $hours } hora
    [many] { $hours } horas
   *[other] { $hours } horas
} para responder; sem resposta, a pessoa mentorada é oferecida ao próximo melhor mentor.
pair-asked-one = Convidei { $mentor } para mentorar { $mentee }.
pair-ask = Olá, { $mentor }! Você aceitaria mentorar { $mentee } em { $name }?
pair-why = Por que você: { $reasons }.
pair-about = Sobre a pessoa: { $about }
pair-ask-deadline = Responda até { $when }, por favor.
button-pair-accept = Aceitar
button-pair-decline = Recusar
pair-answer-late = Este convite não está mais aberto.
pair-accepted-toast = Obrigado! Apresentei vocês um ao outro.
pair-declined-thanks = Obrigado por avisar. Vou convidar outra pessoa.
pair-no-next-mentor = Nenhum outro mentor está livre para { $mentee } em { $name } agora. Use /pair mentors de novo quando alguém tiver vaga.
pair-intro-mentee = { $person }, conheça seu mentor { $other } em { $name }!
pair-intro-mentor = { $person }, conheça seu mentorado { $other } em { $name }!
pair-intro-times = Alguns horários para se encontrarem (18:00 para quem é mentorado):
pair-intro-time = • { $mentee } ({ $menteeZone }) = { $mentor } ({ $mentorZone })
pair-mine-mentor = Seu mentor: { $other } ({ $status ->
    [asked] convidado, aguardando resposta
   *[other] confirmado
})
pair-mine-mentee = Seu mentorado: { $other } ({ $status ->
    [asked] aguardando sua resposta
   *[other] confirmado
})
pair-mine-none = Você ainda não tem mentor nem mentorado nesta turma. Quer um? /profile set wants-mentor yes
pair-error-two-people = Diga o nome de duas pessoas: /pair @mentor @mentorado
pair-error-self = Ninguém pode ser mentor de si mesmo.
pair-error-has-mentor = { $mentee } já tem mentor (ou há um convite em andamento). Primeiro /unpair { $mentee }.
pair-error-no-mentors = Ninguém nesta turma se ofereceu para mentorar ainda: os membros se oferecem com /profile set capacity 2.
pair-error-no-mentees = Ninguém está esperando mentor: os membros pedem com /profile set wants-mentor yes.
pair-error-no-preview = Não há prévia para confirmar: /pair mentors cria uma.
pair-error-not-paired = { $who } não tem mentor nem mentorado.
unpair-confirm = Encerrar { $count ->
    [one] a mentoria
    [many] as { $count } mentorias
   *[other] as { $count } mentorias
} de { $who }?
button-unpair-confirm = Encerrar
unpair-done = { $count ->
    [one] { $count } mentoria encerrada.
    [many] { $count } mentorias encerradas.
   *[other] { $count } mentorias encerradas.
}
mydata-mentorships = { $count ->
    [0] Você não tem mentorias.
    [one] Sua mentoria ({ $count }):
    [many] Suas mentorias ({ $count }):
   *[other] Suas mentorias ({ $count }):
}
mydata-mentorship-mentor = • { $cohort }: mentor de { $other } ({ $status })
mydata-mentorship-mentee = • { $cohort }: mentorado por { $other } ({ $status })
cmd-pair-peers-summary = fazer uma rodada entre pares agora: duplas (um trio se o número for ímpar), com parceiros novos quando possível
cmd-pair-peers-usage = /pair peers
cmd-pair-rounds-summary = rodadas entre pares automáticas a cada poucas semanas, ou desligadas; dias até “vocês se encontraram?”
cmd-pair-rounds-usage = /pair rounds [every 2w | off | follow-up 3d]
cmd-pair-stats-summary = as rodadas entre pares até agora: grupos e quem disse que se encontrou (enviado no privado)
cmd-pair-stats-usage = /pair stats
pair-round-title = <b>Rodada entre pares nº { $number } em { $name }</b>: cumprimente seus parceiros e combinem um horário para conversar.
pair-round-line = • { $names }
pair-round-line-why = • { $names }: { $reasons }
pair-round-unplaced = • { $who }: ninguém combinou desta vez, desculpe.
pair-round-unplaced-count = • { $count ->
    [one] Para { $count } pessoa ninguém combinou desta vez, desculpe.
    [many] Para { $count } pessoas ninguém combinou desta vez, desculpe.
   *[other] Para { $count } pessoas ninguém combinou desta vez, desculpe.
}
pair-round-unplaced-dm = Olá, { $person }. Na rodada entre pares nº { $number } de { $name }, ninguém combinou com você desta vez, desculpe. Vou tentar de novo na próxima rodada.
pair-round-unplaced-coordinators = Rodada entre pares nº { $number } de { $name }: ninguém combinou com { $names } desta vez. Só a coordenação lê isto.
pair-round-follow-up = Em { $when } vou perguntar a cada um se vocês se encontraram.
pair-round-dm = Olá, { $person }! Na rodada entre pares nº { $number } de { $name }, você está com { $others }. Diga oi e combinem um horário para conversar.
pair-met-question = Olá, { $person }! Você se encontrou com { $others } (rodada entre pares nº { $number } de { $name })?
button-pair-met-yes = Sim
button-pair-met-no = Não
button-pair-met-not-yet = Ainda não
pair-met-thanks-yes = Que ótimo, obrigado!
pair-met-thanks-no = Obrigado por avisar. Quem sabe na próxima rodada.
pair-met-thanks-not-yet = Anotado. Você ainda pode responder Sim depois.
pair-peers-error-paused = { $name } está em pausa: nada de rodadas entre pares até retomar.
pair-peers-error-too-few = Uma rodada entre pares precisa de pelo menos dois membros ativos (quem está em pausa fica de fora).
pair-rounds-off = As rodadas entre pares estão desligadas. /pair rounds every 2w liga; “vocês se encontraram?” chega { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
} depois de cada rodada.
pair-rounds-on = Rodadas entre pares { $weeks ->
    [one] toda semana
    [many] a cada { $weeks } semanas
   *[other] a cada { $weeks } semanas
}; a próxima em { $next }. “Vocês se encontraram?” chega { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
} depois de cada rodada.
pair-rounds-set = Rodadas entre pares { $weeks ->
    [one] toda semana
    [many] a cada { $weeks } semanas
   *[other] a cada { $weeks } semanas
}; a primeira em { $next }. /pair peers faz uma agora.
pair-rounds-turned-off = As rodadas entre pares estão desligadas.
pair-rounds-follow-up-set = “Vocês se encontraram?” vai chegar { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
} depois de cada rodada.
pair-rounds-error-usage = Diga com que frequência: /pair rounds every 2w, /pair rounds every 1w ou /pair rounds off.
pair-rounds-error-weeks = As rodadas acontecem a cada 1 a { $max ->
    [one] { $max } semana
    [many] { $max } de semanas
   *[other] { $max } semanas
}, por exemplo /pair rounds every 2w.
pair-rounds-error-days = “Vocês se encontraram?” chega de 1 a { $max ->
    [one] { $max } dia
    [many] { $max } de dias
   *[other] { $max } dias
} depois de uma rodada, por exemplo /pair rounds follow-up 3d.
pair-stats-none = Ainda não houve rodadas entre pares: /pair peers faz uma.
pair-stats-title = <b>Rodadas entre pares</b> ({ $count })
pair-stats-line = • Rodada { $number } ({ $date }): { $groups ->
    [one] { $groups } grupo
    [many] { $groups } grupos
   *[other] { $groups } grupos
}, { $people ->
    [one] { $people } pessoa
    [many] { $people } pessoas
   *[other] { $people } pessoas
}. Se encontraram: sim { $yes }, não { $no }, ainda não { $notYet }, sem resposta { $unanswered }
cmd-avoid-summary = nunca formar par com alguém (no privado; a pessoa não fica sabendo)
cmd-avoid-usage = /avoid [@pessoa] [--remove] [--cohort "Nome"]
avoid-title = <b>Pessoas com quem você nunca forma par</b>
avoid-line = • { $cohort }: { $names }
avoid-none = Você não evita ninguém. /avoid @pessoa, aqui no privado, e nunca colocarei vocês juntos; a pessoa não fica sabendo.
avoid-added = Anotado: nunca vou colocar você com { $who } (em { $cohorts }). A pessoa não fica sabendo.
avoid-removed = { $who } pode formar par com você de novo (em { $cohorts }).
avoid-error-self = Você não pode evitar a si mesmo.
avoid-error-no-shared-cohort = Você não está em nenhuma turma com { $who }.
error-bad-stage = “{ $value }” não é uma etapa. Escolha uma destas: { $stages }.
field-preferences = preferências
profile-stage = Etapa: { $value }
profile-preferences = Preferências para formar pares (só você vê): { $value }
mydata-matching = { "  " }etapa { $stage }; preferências para formar pares { $preferences }; pessoas que você evita: { $avoid }
cmd-pair-settings-summary = ver ou mudar como os mentores são escolhidos: pares sem idioma comum, prazo de resposta
cmd-pair-settings-usage = /pair settings [--bridging yes|no] [--answer-within 72h]
pair-settings = Configurações de pares: pares sem idioma em comum: { $bridging }; os mentores respondem em até { $hours ->
    [one] { $hours } hora
    [many] { $hours } horas
   *[other] { $hours } horas
}.
pair-settings-saved = Salvo. Pares sem idioma em comum: { $bridging }; os mentores respondem em até { $hours ->
    [one] { $hours } hora
    [many] { $hours } horas
   *[other] { $hours } horas
}.
pair-error-answer-within = “{ $value }” não é um prazo de 12h a 14d (como 48h ou 3d).
pair-decline-why = Se quiser, diga o motivo (um toque). Só a coordenação vê; { $mentee } não fica sabendo quem recusou.
button-decline-no-time = Sem tempo agora
button-decline-topics = Não são meus temas
button-decline-other = Outro motivo
pair-decline-noted = Obrigado. Só a coordenação vê seu motivo; { $mentee } não fica sabendo quem recusou.
pair-preview-declined = • { $mentor } recusou { $mentee } ({ $reason ->
    [no-time] sem tempo agora
    [topics] não são seus temas
    [other] outro motivo
   *[none] sem motivo informado
})
mydata-peer-groups = { $count ->
    [0] Você não participou de rodadas entre pares.
    [one] Sua rodada entre pares ({ $count }):
    [many] Suas rodadas entre pares ({ $count }):
   *[other] Suas rodadas entre pares ({ $count }):
}
mydata-peer-group = • { $cohort }, rodada { $round }: com { $others } (vocês se encontraram: { $answer })

# Privacidade: telas só para uma pessoa, comandos privados digitados em grupo, qual turma (docs/privacy.md)
private-view-sent = { $person }, enviei para você no privado.
private-view-link = { $person }, isto é só para você, não para este grupo: <a href="{ $link }">abra um chat privado comigo</a> e eu envio lá.
private-view-write-first = { $person }, isto é só para você, não para este grupo: primeiro me escreva no privado e depois envie { $command } lá.
private-refused = { $command } é privado, então só funciona em um chat privado comigo.
private-refused-deleted = Tirei sua mensagem do grupo.
private-refused-dm = { $person }, escrevi para você no privado: continue lá.
private-refused-link = <a href="{ $link }">Continuar em um chat privado comigo</a>.
private-refused-write-first = Escreva para mim no privado e envie lá.
private-continue = Você tentou { $command } em um grupo. Aqui fica entre nós: { $usage }
private-continue-here = Aqui fica entre nós: { $usage }
start-link-expired = Este link não é mais válido. Envie o comando de novo aqui: ele também funciona no privado.
cohort-choice-ask = Para qual turma é { $command }?
cohort-choice-none = Você não está em nenhuma turma onde possa usar { $command }.
cohort-choice-gone = Essa turma não é mais sua (ou você não faz mais parte da coordenação dela).
cohort-choice-name-it = Você está em várias turmas: diga o nome de uma, como { $command } --cohort "Nome". As suas: { $cohorts }.
error-cohort-not-here = A turma deste grupo é { $name }, não “{ $value }”.
profile-private-hint = Suas preferências para formar pares e seu texto “sobre mim” são privados: envie /profile para mim no privado para vê-los.
pair-ask-privacy = Só a coordenação vê sua resposta e o motivo que você der; { $mentee } não fica sabendo quem recusou.
pair-ask-privacy-group = Ninguém aqui vê qual botão você toca: só a coordenação fica sabendo da sua resposta.
pair-declined-toast-private = Obrigado. Escrevi para você no privado.
pair-declined-toast = Obrigado. Só a coordenação fica sabendo da sua resposta.
pair-no-next-mentor-group = Alguém nesta turma ainda espera um mentor. Coordenação: /pair mentors quando um mentor tiver vaga.
mydata-mentorship-looking = • { $cohort }: estou procurando um mentor para você

## Palavras para valores, e palavras-chave digitadas (docs/localization.md)

field-timezone = fuso horário
field-capacity = capacidade de mentoria
field-wants-mentor = “quer um mentor”
field-stage = etapa
stage-name = { $stage ->
    [newcomer] iniciante
    [contributor] colaborador
    [organizer] organizador
   *[experienced] experiente
}
visibility-name = { $visibility ->
    [me] só você
    [mentor] seu mentor
    [coordinators] a coordenação
   *[cohort] a turma
}
checkin-digest-answer = <i>{ $question }</i> { $answer }
checkin-digest-reflection = • { $name }: { $text }
keyword-skip = pular, passar
keyword-weekly = semanal, semanalmente
keyword-every = cada, toda, todo
keyword-weeks = semanas, semana
keyword-monthly = mensal, mensalmente
keyword-first = primeira, primeiro
keyword-second = segunda, segundo
keyword-third = terceira, terceiro
keyword-fourth = quarta, quarto
keyword-last = última, último
keyword-ignore = a

## Encontros e acompanhamento dos compromissos (src/features/gatherings)

cmd-gathering-summary = encontros desta turma: anunciar, responder, relatório
cmd-gathering-usage = /gathering [list|show|create|edit|cancel|report|mark|ics|feed|code|settings] [NÚMERO]
cmd-gathering-list-summary = os próximos encontros
cmd-gathering-list-usage = /gathering list
cmd-gathering-show-summary = um encontro, com as respostas até agora (totais)
cmd-gathering-show-usage = /gathering show NÚMERO
cmd-gathering-create-summary = anunciar um encontro (horário no fuso horário da turma, ou --timezone)
cmd-gathering-create-usage = /gathering create "Título" --at 2027-03-14 10:00 [--until 17:00] [--place "…"] [--online https://…] [--capacity 40] [--description "…"] [--timezone Região/Cidade]
cmd-gathering-edit-summary = alterar um encontro; um novo horário muda todos os lembretes
cmd-gathering-edit-usage = /gathering edit NÚMERO [--title "…"] [--at 2027-03-14 10:00] [--until 17:00] [--place "…"|-] [--online URL|-] [--capacity N|-] [--description "…"|-]
cmd-gathering-cancel-summary = cancelar um encontro (pede confirmação; todos que responderam são avisados)
cmd-gathering-cancel-usage = /gathering cancel NÚMERO
cmd-gathering-report-summary = respostas, presença e compromissos de um encontro (enviados a você no privado)
cmd-gathering-report-usage = /gathering report NÚMERO
cmd-gathering-mark-summary = marcar alguém como presente ou ausente depois do início
cmd-gathering-mark-usage = /gathering mark NÚMERO @pessoa present|absent
cmd-here-summary = avisar que você está no encontro que está acontecendo agora
cmd-here-usage = /here [NÚMERO] [código]
cmd-commit-summary = dizer o que você vai experimentar depois de um encontro (até 3; só você lê, a menos que compartilhe)
cmd-commit-usage = /commit o que você vai experimentar [--visibility me|mentor|coordinators] [--gathering NÚMERO] [--by YYYY-MM-DD] [--cohort "Nome"]
cmd-commitments-summary = seus compromissos e como estão indo
cmd-commitments-usage = /commitments
field-gathering-title = título
field-gathering-capacity = vagas
field-gathering-number = número do encontro
field-place = local
field-description = descrição
field-commitment = compromisso
button-gathering-going = Vou
button-gathering-maybe = Talvez
button-gathering-no = Não vou
button-gathering-here = Estou aqui
button-gathering-cancel-confirm = Sim, cancelar
button-commitment-done = Feito
button-commitment-partly = Em parte
button-commitment-not-yet = Ainda não
button-commitment-let-go = Deixar pra lá
gathering-card-title = <b>nº { $number } { $title }</b>
gathering-card-when = Quando: { $when }
gathering-card-place = Onde: { $place }
gathering-card-online = On-line: { $url }
gathering-card-capacity = Vagas: { $capacity }
gathering-card-description = { $description }
gathering-created = Novo encontro:
gathering-edited = Encontro alterado:
gathering-rsvp-prompt = Você vem? Escolha uma resposta; dá para mudar depois.
gathering-dst-gap = Esse horário não existe na noite em que os relógios são adiantados: usei o primeiro horário depois dele.
gathering-dst-ambiguous = Esse horário acontece duas vezes na noite em que os relógios são atrasados: usei o primeiro.
gathering-counts = Vão: { $going } · talvez: { $maybe } · não vão: { $no } · lista de espera: { $waitlist } · presentes: { $present }
gathering-rsvp-going = Presença confirmada em “{ $title }”: { $when }.
gathering-rsvp-maybe = Resposta “talvez” para “{ $title }”: { $when }.
gathering-rsvp-no = Anotado: você não vai a “{ $title }”.
gathering-rsvp-waitlist = “{ $title }” está lotado: você está na lista de espera e eu aviso se abrir uma vaga.
gathering-promoted = Abriu uma vaga: sua presença em “{ $title }” está confirmada, { $when }.
gathering-list-title = Próximos encontros:
gathering-list-line = nº { $number } { $title }: { $when }
gathering-list-none = Nenhum encontro marcado. A coordenação anuncia um com /gathering create.
gathering-is-cancelled = Este encontro foi cancelado.
gathering-cancel-confirm = Cancelar “{ $title }”? { $count ->
    [0] Ninguém respondeu ainda.
    [one] A pessoa que respondeu será avisada.
    [many] As { $count } pessoas que responderam serão avisadas.
   *[other] As { $count } pessoas que responderam serão avisadas.
}
gathering-cancelled = O encontro nº { $number } “{ $title }” foi cancelado.
gathering-cancelled-dm = “{ $title }” ({ $when }) foi cancelado. Desculpe pela mudança de planos.
gathering-reminder = { $kind ->
    [week] Daqui a uma semana:
    [day] Amanhã:
   *[hour] Daqui a uma hora:
} { $answer ->
    [maybe] (você disse talvez)
   *[going] (você disse que vai)
}
gathering-reminder-link = “{ $title }” começa em 10 minutos. Entre aqui: { $url }
gathering-starts-now = Nº { $number } “{ $title }” está começando. Está aqui? Toque no botão (ou digite /here).
gathering-here-recorded = Boas-vindas! Sua presença em “{ $title }” foi registrada.
gathering-marked-present = Presença de { $name } registrada em “{ $title }”.
gathering-marked-absent = Ausência de { $name } registrada em “{ $title }”.
gathering-commit-ask = Obrigado por participar de “{ $title }” ({ $cohort }). O que você vai experimentar nas próximas semanas? Escreva de uma a três coisas, cada uma com /commit, por exemplo: <code>/commit organizar um primeiro editatona</code>. Só você lê, a menos que acrescente --visibility mentor ou coordinators. Vou perguntar como está indo daqui a uma semana, um mês e três meses.
gathering-followup-week = Uma semana depois de “{ $title }”: como está indo com “{ $text }”?
gathering-followup-later = Depois de “{ $title }”, você queria experimentar: “{ $text }”. Conseguiu?
commitment-answer-done = Parabéns! “{ $text }” está feito.
commitment-answer-partly = Anotado: feito em parte. Pergunto de novo mais tarde.
commitment-answer-not-yet = Anotado: ainda não. Pergunto de novo mais tarde; se algo estiver travando você, seu mentor ou alguém da coordenação pode ajudar.
commitment-answer-let-go = Anotado: você deixou “{ $text }” pra lá. Não vou perguntar mais sobre isso.
commit-saved = Salvo para “{ $title }”. { $visibility ->
    [mentor] Você e seu mentor podem ler.
    [coordinators] Você e a coordenação podem ler.
   *[me] Só você pode ler.
} { $left ->
    [0] Já são três: vou perguntar como estão indo.
    [one] Você pode acrescentar mais { $left }.
    [many] Você pode acrescentar mais { $left }.
   *[other] Você pode acrescentar mais { $left }.
}
commit-error-no-gathering = Não encontrei nenhum encontro recente seu para registrar isto. Indique um com --gathering NÚMERO.
commit-error-too-many = Você já tem { $max ->
    [one] { $max } compromisso
    [many] { $max } de compromissos
   *[other] { $max } compromissos
} para este encontro: menos compromissos, bem acompanhados, funcionam melhor.
commit-error-visibility = “{ $value }” não é me, mentor nem coordinators.
commitments-title = Seus compromissos:
commitments-line = • { $cohort }, “{ $title }”: { $text } ({ $status })
commitments-none = Você ainda não tem compromissos. Depois de um encontro, use /commit com o que você vai experimentar.
gathering-error-bad-date = Não entendi a data e hora “{ $value }”. Escreva assim: 2027-03-14 10:00.
gathering-error-past = Esse horário já passou.
gathering-error-too-far = Isso é daqui a mais de dois anos.
gathering-error-end-before-start = O fim precisa vir depois do início.
gathering-error-too-long = Um encontro pode durar no máximo 14 dias.
gathering-error-bad-link = “{ $value }” não é um link da web: só links http:// e https:// são aceitos.
gathering-error-link-too-long = Esse link é longo demais (no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
gathering-error-unknown = Não existe o encontro nº { $number } nesta turma. /gathering list mostra os encontros.
gathering-error-unknown-button = Este encontro não existe mais.
gathering-error-cancelled = Este encontro foi cancelado.
gathering-error-finished = Este encontro já terminou.
gathering-error-not-started = Este encontro ainda não começou.
gathering-error-not-now = Não há nenhum encontro acontecendo agora: “Estou aqui” vale de meia hora antes do início até o fim.
gathering-error-join-first = Só membros desta turma podem responder: use /join primeiro.
gathering-error-nothing-to-change = Nada para alterar: informe pelo menos uma opção --…
gathering-summary-intro = Como está o acompanhamento, { $days ->
    [one] { $days } dia depois:
    [many] { $days } de dias depois:
   *[other] { $days } dias depois:
}
gathering-report-title = <b>nº { $number } { $title }</b>
gathering-report-commitments = Compromissos: { $count } de { $people ->
    [one] { $people } pessoa
    [many] { $people } de pessoas
   *[other] { $people } pessoas
} · feitos { $done } · em parte { $partly } · ainda não { $not-yet } · deixados pra lá { $let-go } · em aberto { $open }
gathering-report-shared = Compartilhados com a coordenação:
gathering-report-shared-line = • { $name } ({ $status }): { $text }
gathering-report-person = • { $name }: { $answer }, presente: { $present }
mydata-gatherings = { $count ->
    [0] Você não respondeu a nenhum encontro.
    [one] Suas respostas a encontros (uma):
    [many] Suas respostas a encontros ({ $count }):
   *[other] Suas respostas a encontros ({ $count }):
}
mydata-gathering = • { $cohort }, “{ $title }”: { $answer }, presente: { $present }
mydata-commitments = { $count ->
    [0] Você não assumiu nenhum compromisso.
    [one] Seus compromissos (um):
    [many] Seus compromissos ({ $count }):
   *[other] Seus compromissos ({ $count }):
}
mydata-commitment = • { $cohort } ({ $status }, { $visibility }): { $text }
report-gatherings-title = Encontros: respostas, presença e compromissos
report-gathering-line = nº { $number } { $title }: { $going } vão, { $present } presentes; { $commitments ->
    [one] { $commitments } compromisso
    [many] { $commitments } de compromissos
   *[other] { $commitments } compromissos
}: { $done } feitos, { $partly } em parte, { $open } em aberto
report-gathering-going = vão
report-gathering-present = presentes
report-gathering-axis = encontro
report-gathering-count = pessoas
gathering-rsvp-noted = Anotado. Mandei os detalhes para você no privado.
gathering-moved = “{ $title }” tem um novo horário: { $when }.
commitment-answer-not-yet-mentor = Anotado: ainda não. Tem algo travando você? { $mentor }, seu mentor, pode ajudar: um toque conta a ele o que você queria experimentar.
button-commitment-ask-mentor = Pedir ajuda ao meu mentor
commitment-help-to-mentor = { $mentee } ({ $cohort }) está com dificuldade no que queria experimentar depois de um encontro: “{ $text }”. Você pode entrar em contato?
commitment-help-sent = Avisei { $mentor }, que vai entrar em contato.
commitment-help-unreachable = Não consigo escrever para { $mentor } no privado agora: fale com essa pessoa diretamente.
cmd-hope-summary = antes de um encontro, contar à organização o que você espera aprender ou em que precisa de ajuda
cmd-hope-usage = /hope o que você espera aprender [--gathering NÚMERO] [--cohort "Nome"] (/hope - apaga)
field-intention = expectativa
gathering-reminder-hope = O que você espera aprender ou em que precisa de ajuda? Conte à organização no privado com /hope …
hope-saved = Obrigado: a organização de “{ $title }” vai ler (só ela e você).
hope-cleared = Apagado para “{ $title }”.
hope-error-no-gathering = Não encontrei nenhum próximo encontro que você tenha respondido. Responda a um primeiro, ou indique-o com --gathering NÚMERO.
hope-error-started = Esse encontro já começou.
gathering-report-hopes = O que as pessoas esperam aprender:
gathering-report-hope-line = • { $name }: { $text }
mydata-gathering-hope =   o que você espera aprender: { $text }

## Pesquisas (src/features/surveys)

cmd-survey-summary = pesquisas: modelos, criar, enviar, resultados, encerrar (coordenação)
cmd-survey-usage = /survey [templates|new|create|import|export|edit|show|send|poll|results|threshold|close|delete|list]
cmd-survey-templates-summary = as pesquisas prontas: depois de um encontro, 30 dias depois, autoavaliação
cmd-survey-templates-usage = /survey templates
cmd-survey-create-summary = criar uma pesquisa a partir de um modelo ou de uma definição curta (docs/surveys.md)
cmd-survey-create-usage = /survey create feedback|followup|self-assessment [--anonymous] | /survey create Título + uma pergunta por linha
cmd-survey-edit-summary = alterar as perguntas de uma pesquisa (vira uma nova versão depois que alguém respondeu)
cmd-survey-edit-usage = /survey edit ID + a nova definição
cmd-survey-show-summary = ver as perguntas de uma pesquisa (enviadas a você no privado)
cmd-survey-show-usage = /survey show ID
cmd-survey-send-summary = enviar uma pesquisa à turma, para cada pessoa no privado
cmd-survey-send-usage = /survey send ID [--to cohort|gathering:N|role:mentor] [--deadline 7d] [--remind 1d]
cmd-survey-results-summary = os resultados de uma pesquisa: uma pergunta aparece quando pelo menos o menor grupo mostrado da coorte a respondeu (enviados a você no privado)
cmd-survey-results-usage = /survey results ID [--group]
cmd-survey-close-summary = encerrar uma pesquisa: sem mais respostas
cmd-survey-close-usage = /survey close ID
cmd-survey-list-summary = as pesquisas da turma
cmd-survey-list-usage = /survey list
cmd-surveys-summary = suas pesquisas abertas, para responder ou mudar suas respostas (no privado)
cmd-surveys-usage = /surveys
button-survey-skip = Pular
button-survey-done = Concluir
button-survey-yes = Sim
button-survey-no = Não
button-survey-answer = Responder “{ $title }”
button-survey-change = Mudar minhas respostas a “{ $title }”
survey-dm-intro = <b>{ $title }</b> { $anonymous ->
    [yes] (anônima: ninguém, nem a coordenação, pode ver quais respostas são suas)
   *[no] (a coordenação vê suas respostas; os resultados mostram só totais de { $k ->
        [one] { $k } pessoa
        [many] { $k } de pessoas
       *[other] { $k } pessoas
    } ou mais)
}
survey-dm-question = Pergunta { $n } de { $total }:
survey-dm-text-hint = Responda com um texto curto.
survey-dm-text-hint-optional = Responda com um texto curto, ou “pular”.
survey-dm-multi-hint = Escolha todas as opções que se aplicam e toque em “Concluir”.
survey-dm-scale-hint = De { $min } a { $max }.
survey-answer-saved = Salvo.
survey-thanks = Obrigado pelas suas respostas!
survey-done-anonymous = Suas respostas foram guardadas sem o seu nome. Agora não podem mais ser alteradas.
survey-done-named = Você pode mudar suas respostas até o prazo final com /surveys.
survey-changing = Suas respostas anteriores ficam guardadas até você substituí-las.
survey-already-answered = Você já respondeu a esta pesquisa.
survey-invite-group = Uma pesquisa rápida: “{ $title }”. Se eu não escrevi para você no privado sobre ela, abra { $link } para responder lá.
survey-invite-group-nolink = Uma pesquisa rápida: “{ $title }”. Se eu não escrevi para você no privado sobre ela, escreva para mim no privado e envie /surveys.
survey-reminder = Lembrete: “{ $title }” fecha em cerca de { $left ->
    [one] { $left } hora
    [many] { $left } de horas
   *[other] { $left } horas
}. Envie /surveys para responder ou continuar.
survey-error-definition = Esta definição de pesquisa não é válida (em { $where }). Veja o formato em docs/surveys.md.
survey-error-json = Não consigo ler este JSON.
survey-error-line = A linha { $n } não é uma pergunta. Escreva “tipo: pergunta”, por exemplo “scale5: Quão útil foi?”.
survey-error-type = Linha { $n }: “{ $type }” não é um tipo de pergunta. Use single, multi, scale5, scale10, yesno ou text.
survey-error-too-long = Esta definição é longa demais (no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
survey-error-too-many = Uma pesquisa tem no máximo { $max ->
    [one] { $max } pergunta
    [many] { $max } de perguntas
   *[other] { $max } perguntas
}.
survey-error-no-template = Não existe o modelo “{ $name }”. Modelos: { $templates }.
survey-error-no-themes = A autoavaliação pergunta sobre os temas da turma, e esta turma não tem nenhum. Adicione com /cohort edit --themes "…".
survey-error-not-found = Não existe a pesquisa { $id } nesta turma. Veja /survey list.
survey-error-not-member = Você não está na turma desta pesquisa.
survey-error-closed = Esta pesquisa está encerrada.
survey-error-unknown = Esta pesquisa não existe mais.
survey-error-remind = “{ $value }” não é um intervalo de tempo como 1d ou 12h.
survey-error-range = Responda com um número de { $min } a { $max }.
survey-error-required = Esta pergunta precisa de resposta.
survey-error-use-buttons = Responda usando os botões da pergunta.
survey-error-answer-too-long = Essa resposta é longa demais (no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
survey-created = A pesquisa { $number } está pronta: “{ $title }”, { $questions ->
    [one] uma pergunta
    [many] { $questions } perguntas
   *[other] { $questions } perguntas
}, { $anonymous ->
    [yes] anônima
   *[no] identificada
}. Confira com /survey show { $number } e envie com /survey send { $number }.
survey-edited = A pesquisa { $number } agora está na versão { $version }. As respostas dadas antes continuam ligadas à versão que responderam.
survey-sent = Pesquisa { $number } enviada: { $dm } no privado, { $group } por um link aqui. Prazo: { $deadline }.
survey-closed = A pesquisa { $number } foi encerrada. Veja /survey results { $number }.
survey-list-title = <b>Pesquisas</b>
survey-list-none = Nenhuma pesquisa ainda. Comece com /survey templates.
survey-list-line = { $number }. { $title } ({ $status }, { $anonymous ->
    [yes] anônima
   *[no] identificada
})
survey-show-title = <b>Pesquisa { $number }: { $title }</b> ({ $status }, { $anonymous ->
    [yes] anônima
   *[no] identificada
})
survey-show-if = só se { $question } = { $equals }
survey-show-optional = (opcional)
survey-show-deadline = Prazo: { $at }
survey-templates-title = <b>Modelos de pesquisa</b>
survey-template-line = • { $name }: { $about }
survey-templates-hint = Crie uma com /survey create NOME [--anonymous].
survey-results-title = <b>Resultados da pesquisa { $number }: { $title }</b> ({ $status })
survey-results-none = Nenhuma resposta ainda.
survey-results-version = <b>Versão { $n }</b>
survey-results-people = { $n ->
    [one] { $n } pessoa respondeu.
    [many] { $n } de pessoas responderam.
   *[other] { $n } pessoas responderam.
}
survey-results-answered = { $n ->
    [one] { $n } resposta
    [many] { $n } de respostas
   *[other] { $n } respostas
}
survey-results-option = { $option }: { $n } ({ $pct }%)
survey-results-scale = Média { $mean }, mediana { $median } (de { $max })
survey-results-texts-hidden = As respostas escritas só são mostradas à coordenação.
survey-change-title = <b>Antes e depois</b> (pesquisa { $before } → pesquisa { $after })
survey-change-paired = { $question }: { $change } em média, para { $n ->
    [one] { $n } pessoa que respondeu às duas
    [many] as { $n } de pessoas que responderam às duas
   *[other] as { $n } pessoas que responderam às duas
}
survey-change-means = { $question }: { $before } → { $after } ({ $change })
surveys-title = <b>Suas pesquisas abertas</b>
surveys-line = • { $cohort }: { $title } ({ $state ->
    [done] respondida
    [started] iniciada
   *[new] não iniciada
}, até { $deadline })
surveys-none = Você não tem pesquisas abertas.
survey-mydata-named = • Suas respostas à pesquisa “{ $title }”:
survey-mydata-skipped = (pulada)
survey-mydata-anonymous = • As respostas que você deu a pesquisas anônimas ficam guardadas sem seu nome nem qualquer identificador: não consigo saber quais são suas, então não posso mostrá-las nem apagá-las.
survey-report-title = Pesquisas
survey-report-line = { $title }: { $people ->
    [one] { $people } pessoa respondeu
    [many] { $people } de pessoas responderam
   *[other] { $people } pessoas responderam
}
survey-tpl-feedback-title = Depois do encontro
survey-tpl-feedback-about = opinião logo depois de um encontro (5 perguntas)
survey-tpl-feedback-intro = Algumas perguntas sobre o encontro, para fazer o próximo ainda melhor.
survey-tpl-feedback-useful = No geral, quão útil o encontro foi para você?
survey-tpl-feedback-best = O que mais ajudou você?
survey-tpl-feedback-best-sessions = As sessões
survey-tpl-feedback-best-people = Conhecer pessoas
survey-tpl-feedback-best-practice = A prática
survey-tpl-feedback-best-materials = Os materiais
survey-tpl-feedback-again = Você viria de novo a um encontro como este?
survey-tpl-feedback-why-not = Por que não?
survey-tpl-feedback-change = O que devemos mudar da próxima vez?
survey-tpl-followup-title = 30 dias depois
survey-tpl-followup-about = um mês depois: o que as pessoas usaram, o que travou (5 perguntas)
survey-tpl-followup-intro = Já faz um mês. O que você usou do que aprendeu?
survey-tpl-followup-used = O que você usou desde então?
survey-tpl-followup-used-skills = Habilidades que aprendi
survey-tpl-followup-used-tools = Ferramentas que descobri
survey-tpl-followup-used-contacts = Pessoas que conheci
survey-tpl-followup-used-nothing = Nada ainda
survey-tpl-followup-blocked = Algo travou você?
survey-tpl-followup-what-blocked = O que travou você?
survey-tpl-followup-recommend = Qual a probabilidade de você recomendar esta turma a um amigo?
survey-tpl-followup-else = Quer nos contar mais alguma coisa?
survey-tpl-self-assessment-title = Autoavaliação
survey-tpl-self-assessment-about = confiança de 1 a 5 em cada tema da turma; aplique antes e depois
survey-tpl-self-assessment-intro = Quão confiante você se sente? 1 é nada, 5 é muito.
survey-tpl-self-question = Quão confiante você se sente em:

## Relatórios e exportações (src/features/reports, e a parte de relatório de cada recurso)

cmd-report-summary = gráficos da vida da turma, enviados a você no privado; “group”: um resumo para todos
cmd-report-usage = /report [group|web|web revoke|threshold 8] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
cmd-export-summary = os números por trás do /report em arquivos: CSV para planilhas, JSON ou uma página do Meta-Wiki
cmd-export-usage = /export [csv|json|wikitext] [--since 2027-01-01] [--what members|checkins|pairing|gatherings|surveys]
report-nothing = Ainda não há nada para mostrar de { $cohort } desde { $since }.
report-header = <b>{ $cohort }</b>: relatório de { $since } a { $until }
report-group-header = <b>Como vai a { $cohort }</b> (desde { $since })
report-no-images = Este chat não consegue mostrar imagens, então aqui estão só os números.
report-group-posted = Publiquei o resumo no grupo da { $cohort }.
report-error-since = “--since” precisa de uma data como 2027-01-01; “{ $value }” não é uma data.
report-error-since-future = “--since { $value }” está no futuro: ainda não há nada para relatar.
report-error-what = “--what” aceita um ou mais de: { $allowed }. “{ $value }” não está entre eles.
report-error-word = Não conheço “{ $word }” aqui. Tente /report, /report group ou /help report.
report-error-no-group = Não consigo mais acessar o grupo desta turma, então não posso publicar lá.
export-error-format = Posso exportar em { $allowed }; “{ $value }” não está entre eles.
export-sent = { $count ->
    [one] Aqui está sua exportação em { $format }: um arquivo.
    [many] Aqui está sua exportação em { $format }: { $count } arquivos.
   *[other] Aqui está sua exportação em { $format }: { $count } arquivos.
}
export-inline = Este chat não consegue receber arquivos, então aqui está o texto de cada um para copiar.
report-few = menos de 5
report-members-title = Membros ao longo do tempo
report-series-joined = Entraram
report-series-left = Saíram
report-series-members = Na turma
report-members-now = Agora: { $active } ativos, { $paused } em pausa, { $left } saíram.
report-members-period = Desde { $since }: { $joined } entraram, { $left } saíram.
report-axis-month = Mês
report-axis-week = Semana
report-axis-people = Pessoas
report-col-status = Situação
report-col-people = Pessoas
report-col-answered = Responderam
report-col-expected = Perguntados
report-col-date = Data
report-checkins-title = Check-ins: quem respondeu
report-axis-checkin = Data do check-in
report-axis-rate = Responderam (%)
report-checkins-total = { $count ->
    [one] { $count } check-in
    [many] { $count } de check-ins
   *[other] { $count } check-ins
}: { $answered ->
    [one] { $answered } resposta
    [many] { $answered } de respostas
   *[other] { $answered } respostas
} de { $expected } perguntas enviadas ({ $rate }%).
report-checkins-line = { $date }: { $answered } de { $expected } responderam ({ $rate }%)
report-checkins-hidden = { $date }: menos de { $k ->
    [one] { $k } pessoa perguntada
    [many] { $k } de pessoas perguntadas
   *[other] { $k } pessoas perguntadas
}, não mostrado
report-checkins-count = { $count ->
    [one] { $count } check-in aconteceu.
    [many] { $count } de check-ins aconteceram.
   *[other] { $count } check-ins aconteceram.
}
report-mentorships-title = Mentorias
report-axis-mentorships = Mentorias
report-mentorship-status = { $status ->
    [all] pedidas
    [accepted] aceitas
    [active] ainda ativas
    [declined] recusadas
    [timed_out] sem resposta
   *[asked] aguardando
}
report-mentorships-line = { $asked } pedidas: { $accepted } aceitas ({ $active } ainda ativas), { $declined } recusadas, { $timedOut } sem resposta, { $waiting } aguardando.
report-mentorships-group = { $active ->
    [one] { $active } mentoria em andamento.
    [many] { $active } de mentorias em andamento.
   *[other] { $active } mentorias em andamento.
}
report-peers-title = Rodadas entre pares: vocês se encontraram?
report-axis-round = Rodada
report-peer-answer = { $answer ->
    [yes] se encontraram
    [not-yet] ainda não
    [no] não se encontraram
   *[none] sem resposta
}
report-peers-line = Rodada nº { $number } ({ $date }): { $yes } de { $people } se encontraram ({ $rate }%), { $notYet } ainda não, { $no } não, { $silent } não responderam.
report-peers-hidden = Rodada nº { $number } ({ $date }): menos de { $k ->
    [one] { $k } pessoa
    [many] { $k } de pessoas
   *[other] { $k } pessoas
}, não mostrado

## Ajuda do /start, aspas dentro de texto entre aspas
cmd-start-summary = começar a conversar comigo no privado (um link de entrada ou de resposta abre a conversa para você)
error-quote-inside = Um { $quote } dentro de um texto entre aspas termina o texto antes da hora. Escreva \{ $quote } ou use outras aspas (“…” ou «…») em volta do texto.
keyword-duration-minutes = minuto, minutos, min
keyword-duration-hours = hora, horas
keyword-duration-days = dia, dias
keyword-duration-weeks = semana, semanas, sem

## w4-checkins
checkin-next-after-skip = { $next } (o de { $skipped } será pulado)
checkin-error-duplicate = O agendamento nº { $id } já tem esse mesmo ritmo: um segundo publicaria cada check-in e cada resumo duas vezes. Escolha outro horário ou veja /checkin list.
checkin-error-already-open = O check-in do agendamento nº { $id } já está aberto até { $closes }: as respostas vão para ele.
checkin-stats-open = Aberto agora: agendamento nº { $id }, { $answered } de { $total } responderam até agora; fecha { $closes }.
cohort-error-create-right = Só um administrador deste chat (ou alguém da coordenação da turma dele) pode criar uma turma aqui.
cohort-timezone-not-given = { $source ->
    [yours] Fuso horário: { $timezone } (o seu; nenhum foi informado).
   *[default] Fuso horário: { $timezone } (o padrão; nenhum foi informado).
} Os check-ins seguem esse fuso. Mude com /cohort edit --timezone Região/Cidade.
checkin-digest-coordinators-kept = As respostas compartilhadas ficam guardadas para a coordenação: ela as lê no privado com /checkin digest.
checkin-digest-coordinators-start = { $names }: ainda não consigo escrever para você no privado, então seu resumo está esperando. Abra um chat privado comigo e envie /checkin digest.
cmd-checkin-digest-summary = o último check-in como a coordenação o lê: quem participou e as respostas compartilhadas (enviado no privado)
cmd-checkin-digest-usage = /checkin digest
checkin-answer-updated = Sua resposta à pergunta { $n } foi atualizada.
timezone-cleared = Seu fuso horário foi apagado; os horários aparecem em { $timezone } (agora são { $now }).
## w4-network
cmd-network-summary = redes de turmas: ligar turmas, compartilhar aprendizados, vê-las lado a lado
cmd-network-usage = /network [list|create|invite|join|leave|hub|settings|report|announce]
cmd-network-list-summary = as redes de que esta turma faz parte
cmd-network-list-usage = /network list
cmd-network-create-summary = começar uma rede com esta turma; você a coordena
cmd-network-create-usage = /network create "Nome"
cmd-network-invite-summary = um código de uso único para mais uma turma (enviado no privado)
cmd-network-invite-usage = /network invite ["Rede"]
cmd-network-join-summary = esta turma entra numa rede com um código (só a coordenação dela)
cmd-network-join-usage = /network join CÓDIGO
cmd-network-leave-summary = esta turma sai de uma rede
cmd-network-leave-usage = /network leave ["Rede"]
cmd-network-hub-summary = tornar este chat o ponto de encontro da rede, onde chega o resumo dela
cmd-network-hub-usage = /network hub ["Rede"]
cmd-network-settings-summary = se o que esta turma compartilha espera a aprovação da coordenação
cmd-network-settings-usage = /network settings [--approval on|off] [--announcements on|off] ["Rede"]
cmd-network-report-summary = as turmas da rede lado a lado (enviado no privado)
cmd-network-report-usage = /network report ["Rede"]
cmd-share-summary = oferecer uma das suas reflexões, respostas de acompanhamento ou compromissos às redes da sua turma
cmd-share-usage = /share [withdraw]
cmd-share-list-summary = escolher algo para compartilhar
cmd-share-list-usage = /share
cmd-share-withdraw-summary = retirar algo antes de ser enviado
cmd-share-withdraw-usage = /share withdraw
field-network-name = nome da rede
network-created = Rede “{ $name }” criada com { $cohort }. Você a coordena. Convide outra turma com <code>/network invite</code>.
network-invite-code = Código de uso único para “{ $name }”: <code>{ $code }</code>. Vale até { $until }, para uma só turma. A coordenação dela digita <code>/network join { $code }</code> no grupo da turma.
network-joined = { $cohort } entrou em “{ $name }”. Turmas na rede agora: { $count }.
network-left = { $cohort } saiu de “{ $name }”. O que esta turma ainda não tinha enviado não sairá.
network-list-none = { $cohort } não está em nenhuma rede. A coordenação pode começar uma com <code>/network create "Nome"</code> ou entrar numa com um código.
network-list-title = Redes de { $cohort }:
network-list-line = • “{ $name }”: { $cohorts }; aprovação { $approval ->
    [on] ligada
   *[off] desligada
}; ponto de encontro { $hub ->
    [yes] ligado
   *[no] não ligado
}
network-approval-set = O que { $cohort } compartilha com “{ $name }” { $approval ->
    [on] agora espera a aprovação da coordenação.
   *[off] agora sai sem aprovação.
}
network-error-none = Esta turma não está em nenhuma rede.
network-error-which = Diga qual rede: { $names }.
network-error-unknown-name = Não há rede chamada “{ $name }” aqui. Redes: { $names }.
network-error-not-network-coordinator = Só quem coordena uma rede pode fazer isso, e você não coordena nenhuma.
network-error-too-many = Uma turma pode estar em no máximo { $max ->
    [one] { $max } rede
    [many] { $max } de redes
   *[other] { $max } redes
}.
network-error-code-unknown = Este código não é conhecido. Peça um novo à coordenação da rede.
network-error-code-used = Este código já foi usado. Cada código deixa entrar uma só turma; peça um novo.
network-error-code-expired = Este código expirou. Peça um novo à coordenação da rede.
network-error-already-in = { $cohort } já está em “{ $name }”. O código não foi usado.
network-error-approval-value = Escreva <code>--approval on</code> ou <code>--approval off</code>.
network-hub-attached = Este chat agora é o ponto de encontro de “{ $name }”: o resumo semanal dos aprendizados compartilhados da rede chegará aqui.
network-hub-error-cannot-post = Não consigo publicar nesse chat, então ele não virou o ponto de encontro de “{ $name }”. Deixe-me publicar lá e tente de novo.
network-digest-title = Da rede “{ $name }”: o que seus membros escolheram compartilhar ({ $count })
network-digest-language = <b>Em { $language }</b>
network-digest-item = • { $text } ({ $cohort })
network-digest-item-named = • { $text } ({ $cohort }, { $author })
network-share-title = O que você quer oferecer às redes da sua turma? Nada sai sem a sua escolha.
network-share-item = { $n }. { $kind ->
    [reflection] Reflexão
    [checkin] Resposta de acompanhamento
   *[commitment] Compromisso
} ({ $cohort }): { $text }
network-share-button = Compartilhar { $n }
network-share-outcome = { $text } — { $status ->
    [done] feito
    [partly] feito em parte
    [not-yet] ainda não
   *[let-go] deixei de lado
}
network-share-confirm = Você oferece isto a { $networks }:
    { $text }
    O resumo deve mostrar o seu nome?
network-share-with-name = Compartilhar com meu nome
network-share-without-name = Compartilhar sem meu nome
network-share-cancel = Cancelar
network-share-cancelled = Nada foi compartilhado.
network-share-done = Compartilhado com { $networks }. Sai no próximo resumo; <code>/share withdraw</code> retira até lá.
network-share-pending = Oferecido a { $networks }. A coordenação da sua turma aprova primeiro; <code>/share withdraw</code> retira.
network-share-error-no-network = Nenhuma das suas turmas está numa rede, então não há com quem compartilhar.
network-share-error-nothing = Você ainda não tem reflexões, respostas de acompanhamento nem resultados de compromissos para compartilhar.
network-share-error-gone = Isso não é mais seu para compartilhar (ou não existe mais).
network-share-error-already = Você já ofereceu isto a estas redes.
network-approve-ask = Alguém de { $cohort } quer compartilhar isto com a rede “{ $network }”:
    { $text }
network-approve-yes = Aprovar
network-approve-no = Recusar
network-approve-done = Aprovado: sai no próximo resumo.
network-decline-done = Recusado: não sairá.
network-approve-already = Outra pessoa da coordenação já decidiu, ou quem escreveu retirou.
network-approve-not-coordinator = Só a coordenação dessa turma pode decidir.
network-withdraw-item = { $n }. { $text }
network-withdraw-button = Retirar { $n }
network-report-title = “{ $name }”, os últimos 30 dias (turmas: { $count })
network-report-line = • { $cohort }: { $members ->
    [one] { $members } membro
    [many] { $members } de membros
   *[other] { $members } membros
}, { $active } responderam a um acompanhamento, { $checkins ->
    [yes] taxa de resposta { $rate }%
   *[no] sem acompanhamentos
}
network-report-line-small = • { $cohort }: menos de 5 membros, não mostrado
network-report-error-one = “{ $name }” tem uma só turma: ainda não há o que comparar. Convide outra com <code>/network invite</code>.
mydata-network-shares = O que você compartilhou com redes ({ $count }):
mydata-network-share = • “{ $network }” ({ $status ->
    [pending] esperando aprovação
    [approved] esperando o resumo
    [declined] recusado
    [withdrawn] retirado
   *[sent] enviado
}, { $named ->
    [yes] com seu nome
   *[no] sem seu nome
}): { $text }
mydata-network-coordinator = Você coordena as redes { $names }.
cmd-network-announce-summary = anunciar uma mensagem ao grupo de cada turma da rede
cmd-network-announce-usage = /network announce TEXTO [--network "Rede"]
field-announcement = anúncio
network-error-announcements-value = Escreva <code>--announcements on</code> ou <code>--announcements off</code>.
network-announcements-set = Os anúncios da rede { $announcements ->
    [on] agora chegam a { $cohort }.
   *[off] não chegam mais a { $cohort }.
} (“{ $name }”)
network-announcement = <b>Da rede “{ $name }”</b>
    { $text }
network-announce-sent = Anúncio de “{ $name }” na fila para grupos de turmas: { $sent }; sem envio (recusaram ou inalcançáveis): { $skipped }.
## w4-surveys
survey-k-too-few = Menos de { $k ->
    [one] { $k } resposta
    [many] { $k } de respostas
   *[other] { $k } respostas
}: não exibido.
survey-k-too-few-people = Menos de { $k ->
    [one] { $k } pessoa respondeu
    [many] { $k } de pessoas responderam
   *[other] { $k } pessoas responderam
}: nada é exibido, para que ninguém possa ser identificado.
survey-k-change-too-few = { $question }: menos de { $k ->
    [one] { $k } resposta
    [many] { $k } de respostas
   *[other] { $k } respostas
}, não exibido
survey-k-few = menos de { $k }
survey-error-audience-to = Não consigo enviar para “{ $value }”. Use --to cohort, --to gathering:NÚMERO ou --to role:mentor (ou role:member, role:coordinator).
survey-error-no-gathering = Não há encontro { $id } nesta turma.
survey-error-nobody = Nenhuma pessoa ativa corresponde a “{ $value }”: nada foi enviado.
survey-chart-before = antes
survey-chart-after = depois
survey-chart-change-title = Autoavaliação, antes e depois
survey-chart-means-title = Escalas das pesquisas: resposta média
survey-chart-theme = Tema
survey-chart-question = Pergunta
survey-chart-mean = Média
survey-error-format = “{ $value }” não é um formato: use --format json ou --format text.
survey-error-export-text = Esta pesquisa tem textos em vários idiomas ou um texto de abertura: só pode ser exportada como JSON.
survey-exported = Pesquisa { $number }, para colar em /survey import:
survey-exported-file = A pesquisa { $number } está no arquivo acima; cole o conteúdo em /survey import.
button-survey-delete = Excluir
survey-delete-confirm =
    { $answers ->
        [one] Excluir a pesquisa { $number } “{ $title }” com sua única resposta? Não dá para desfazer.
        [many] Excluir a pesquisa { $number } “{ $title }” com suas { $answers } respostas? Não dá para desfazer.
       *[other] Excluir a pesquisa { $number } “{ $title }” com suas { $answers } respostas? Não dá para desfazer.
    }
survey-delete-cancelled = Nada foi excluído.
survey-deleted = A pesquisa { $number } “{ $title }” e suas respostas foram excluídas.
survey-error-summary-too-few = Menos de { $k ->
    [one] { $k } pessoa respondeu
    [many] { $k } de pessoas responderam
   *[other] { $k } pessoas responderam
}: nada foi publicado no grupo.
survey-summary-title = <b>Resultados da pesquisa: { $title }</b> ({ $n ->
    [one] { $n } resposta
    [many] { $n } de respostas
   *[other] { $n } respostas
})
survey-summary-posted = O resumo da pesquisa { $number } foi publicado no grupo (sem respostas escritas, só resultados de pessoas suficientes).
survey-poll-anonymous-note = Anônima: o bot conta a resposta sem guardar quem a deu. Uma resposta por pessoa.
survey-poll-counted = Contada, de forma anônima.
survey-new-title-ask = Uma pesquisa nova. Qual é o título? (responda, até { $max ->
    [one] { $max } caractere
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}; “cancel” para)
survey-new-menu = <b>{ $title }</b>: { $count ->
    [one] { $count } pergunta
    [many] { $count } de perguntas
   *[other] { $count } perguntas
}, { $anonymous ->
    [yes] anônima
   *[no] identificada
}. E agora?
button-survey-new-add = Adicionar uma pergunta
button-survey-new-anonymous = Tornar anônima
button-survey-new-named = Tornar identificada
button-survey-new-preview = Pré-visualizar
button-survey-new-save = Salvar
survey-new-type-ask = Que tipo de pergunta?
button-survey-type-single = Uma opção
button-survey-type-multi = Várias opções
button-survey-type-scale5 = Escala 1–5
button-survey-type-scale10 = Escala 0–10
button-survey-type-yesno = Sim / não
button-survey-type-text = Resposta escrita
survey-new-text-ask = Pergunta { $n }: escreva-a (responda, até { $max ->
    [one] { $max } caractere
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
survey-new-options-ask = Escreva as opções, uma por linha ou separadas por |, de 2 a { $max }.
survey-new-required-ask = A resposta é obrigatória?
button-survey-new-required = Obrigatória
button-survey-new-optional = Opcional
survey-new-condition-ask = Perguntar sempre, ou só depois de uma resposta? Para uma condição, responda como q2=no (pergunta 2 respondida “não”).
button-survey-new-always = Sempre
survey-new-added = Pergunta { $n } adicionada.
survey-new-no-questions = Ainda não há perguntas.
survey-new-cancelled = A pesquisa nova foi descartada; nada foi salvo.
survey-new-error-full = Uma pesquisa tem no máximo { $max ->
    [one] { $max } pergunta
    [many] { $max } de perguntas
   *[other] { $max } perguntas
}.
survey-new-error-text = Escreva de 1 a { $max ->
    [one] { $max } caractere
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}, por favor.
survey-new-error-options = Dê de 2 a { $max ->
    [one] { $max } opção
    [many] { $max } de opções
   *[other] { $max } opções
}, cada uma com até { $len ->
    [one] { $len } caractere
    [many] { $len } de caracteres
   *[other] { $len } caracteres
}.
survey-new-error-condition = Escreva a condição como qN=resposta, sendo N uma pergunta anterior (1 a { $max }).
survey-new-error-empty = Adicione pelo menos uma pergunta antes de salvar.
cmd-survey-new-summary = escrever uma pesquisa passo a passo, no privado (pergunta, tipo, opções, condição, pré-visualização)
cmd-survey-new-usage = /survey new
cmd-survey-import-summary = criar uma pesquisa a partir de JSON colado ou do formato de texto curto (docs/surveys.md)
cmd-survey-import-usage = /survey import [--anonymous] + JSON ou Título + uma pergunta por linha
cmd-survey-export-summary = a definição de uma pesquisa, para guardar ou importar em outro lugar (enviada no privado)
cmd-survey-export-usage = /survey export ID [--format json|text]
cmd-survey-delete-summary = excluir uma pesquisa e suas respostas (pergunta antes)
cmd-survey-delete-usage = /survey delete ID
cmd-survey-poll-summary = uma única pergunta como enquete no grupo
cmd-survey-poll-usage = /survey poll "Pergunta?" "A" "B" [--anonymous] [--deadline 2d]
cmd-survey-threshold-summary = nome antigo de /cohort edit --smallest-group: quantas pessoas um resultado precisa por trás para aparecer (3 ou mais; 5 por padrão)
cmd-survey-threshold-usage = /survey threshold [NÚMERO]
## w4-gatherings
cmd-gathering-ics-summary = o arquivo de calendário de um encontro, enviado no privado
cmd-gathering-ics-usage = /gathering ics NÚMERO
cmd-gathering-feed-summary = o link de assinatura do calendário da turma (no privado); reset cria um novo e desativa o antigo
cmd-gathering-feed-usage = /gathering feed [reset]
cmd-gathering-code-summary = definir o código da sala exigido para “Estou aqui” (mostrado a você no privado)
cmd-gathering-code-usage = /gathering code NÚMERO [código|-]
cmd-gathering-settings-summary = quando saem os lembretes e quando o acompanhamento pergunta
cmd-gathering-settings-usage = /gathering settings [--reminders 7d,1d,1h] [--steps 1,7,30,90]
gathering-settings = Lembretes antes de um encontro: { $reminders }. Acompanhamento, em dias depois: { $steps } (o primeiro pergunta o que cada um vai tentar).
gathering-settings-saved = Salvo. Lembretes antes de um encontro: { $reminders }. Acompanhamento, em dias depois: { $steps }.
gathering-settings-error-reminders = “{ $value }” não é uma lista de lembretes: escreva até { $max ->
    [one] { $max } prazo
    [many] { $max } de prazos
   *[other] { $max } prazos
} antes do início, como 7d,1d,1h (de 15m a 60d), ou - para nenhum.
gathering-settings-error-steps = “{ $value }” não é uma sequência de acompanhamento: escreva de 2 a { $max ->
    [one] { $max } dia
    [many] { $max } de dias
   *[other] { $max } dias
} depois do encontro, em ordem crescente, como 1,7,30,90.
gathering-reminder-in = Em { $span }: { $answer ->
    [maybe] (você disse talvez)
   *[going] (você disse que vai)
}
gathering-commit-ask-days = Obrigado por vir a “{ $title }” ({ $cohort }). O que você vai tentar nas próximas semanas? Escreva de uma a três coisas, cada uma com /commit, por exemplo: <code>/commit organizar um primeiro editatona --by 2027-05-01</code>. Só você lê, a menos que acrescente --visibility mentor ou coordinators. Vou perguntar como está indo { $days ->
    [one] { $days } dia depois do encontro.
    [many] { $days } de dias depois do encontro.
   *[other] { $days } dias depois do encontro.
}
gathering-followup-target = Sua data-alvo: { $date }.
commit-error-bad-date = “{ $value }” não é uma data: escreva como 2027-04-30.
commit-error-date-past = { $value } já passou: indique um dia a partir de hoje.
commit-error-date-too-far = { $value } está a mais de um ano: escolha um passo mais próximo.
commit-saved-target = Data-alvo: { $date }.
commitment-target = (até { $date })
commitment-status-word = { $status ->
    [done] feito
    [partly] feito em parte
    [not-yet] ainda não
    [let-go] deixado de lado
   *[open] aberto
}
commitment-visibility-word = { $visibility ->
    [mentor] você e sua mentoria
    [coordinators] você e a coordenação
   *[me] só você
}
gathering-answer-word = { $answer ->
    [going] vou
    [maybe] talvez
    [no] não vou
   *[waitlist] na lista de espera
}
gathering-present-word = { $present ->
    [yes] sim
   *[no] não
}
commitment-answer-not-yet-peer = Anotado: ainda não. Algo está travando você? { $peer } também trabalha com “{ $topic }”: com um toque eu conto o que você queria tentar e peço para entrar em contato.
button-commitment-ask-peer = Pedir ajuda a { $peer }
commitment-help-to-peer = { $mentee } ({ $cohort }) está travado no que queria tentar depois de um encontro: “{ $text }”. Vocês dois trabalham com “{ $topic }”: pode entrar em contato?
gathering-ics-join = Participar online: { $url }
gathering-ics-caption = “{ $title }” para o seu calendário
gathering-ics-sent = Enviei “{ $title }” para o seu calendário, no privado.
gathering-ics-unreachable = Não consigo enviar um arquivo no privado: abra uma conversa privada comigo (envie /start lá) e tente de novo.
gathering-feed = O calendário da turma: assine <code>{ $webcal }</code> (ou { $https }) no seu aplicativo de calendário. Encontros, mudanças e cancelamentos aparecem sozinhos. Compartilhe só com membros: quem tem o link lê os encontros. /gathering feed reset cria um novo link e desativa este.
gathering-feed-reset = Novo link do calendário: <code>{ $webcal }</code> (ou { $https }). O antigo não funciona mais; quem assinou precisa do novo.
gathering-feed-no-url = O bot não tem um endereço público configurado (PUBLIC_URL), então não posso dar um link de calendário. Pergunte a quem opera o bot; enquanto isso, /gathering ics NÚMERO envia um encontro como arquivo.
gathering-code-error-format = “{ $value }” não pode ser um código de sala: de 3 a 12 letras ou dígitos.
gathering-code-set = Código da sala para #{ $number } “{ $title }”: <b>{ $code }</b>. Anuncie na sala; cada pessoa marca presença com /here { $code } (melhor no privado comigo). /gathering code { $number } - remove o código.
gathering-code-cleared = “Estou aqui” para #{ $number } “{ $title }” não precisa mais de código.
gathering-here-needs-code = Este encontro tem um código de sala, anunciado na sala: envie /here { $number } CÓDIGO (melhor no privado comigo).
gathering-error-wrong-code = Esse não é o código da sala. Confira com quem organiza, na sala.
## w4-pairing
pair-confirmed-requests = Mentores consultados: { $mentors }. Pedidos enviados: { $requests }. Cada mentor tem { $hours } h para responder; sem resposta, a pessoa é oferecida ao próximo mentor mais adequado.
pair-by-hand-in-group = Formar uma dupla manualmente funciona no grupo da coorte: envie lá /pair @mentor @mentorado.
pair-mine-no-cohort = Você ainda não está em nenhuma coorte. Entre em uma no grupo dela com /join.
pair-mine-cohort = <b>{ $name }</b>
pair-intro-time-one-zone = • { $when } ({ $zone })
pair-intro-reach = Escreva diretamente para { $other }: toque no nome.
pair-intro-times-both = Alguns horários para se encontrarem, dentro das horas em que os dois estão acordados:
pair-ended-unpaired = { $person }, uma pessoa coordenadora encerrou sua mentoria com { $other } em { $name }.
pair-ended-left = { $person }, { $other } saiu de { $name }, então a mentoria de vocês terminou.
pair-ended-away = { $person }, { $other } ficará fora de { $name } por um tempo, então a mentoria de vocês terminou.
pair-ended-next-mentor = Estou pedindo ao próximo mentor mais adequado para você; você saberá quando alguém aceitar.
mydata-someone-who-left = alguém que saiu
pair-reason-language-unknown = nenhum idioma informado
person-pick = Há mais de um membro chamado “{ $who }”. Qual você quer dizer?
pair-ask-open-private = <a href="{ $link }">Abra uma conversa privada comigo</a> e pedidos assim chegarão a você lá.
pair-ended-you-left = { $person }, você saiu de { $name }, então sua mentoria com { $other } terminou.
pair-ended-you-away = { $person }, você ficará fora de { $name } por um tempo, então sua mentoria com { $other } terminou; outro mentor será oferecido.
## w4-reports
cmd-audit-summary = quem fez o quê na turma (papéis, pares, exportações, pesquisas), enviado no privado
cmd-audit-usage = /audit [--since 2027-01-01]
audit-empty = Ainda não há nada no registro de auditoria de { $cohort }.
audit-header = <b>Registro de auditoria de { $cohort }</b>: { $count ->
    [one] a última entrada
    [many] as últimas { $count } de entradas, as mais recentes primeiro
   *[other] as últimas { $count } entradas, as mais recentes primeiro
} (apenas ids e configurações).
audit-error-word = /audit aceita apenas --since 2027-01-01; não conheço "{ $word }" aqui.
report-web-not-set-up = A página de relatório não está configurada neste bot: o operador define PUBLIC_URL (docs/configuration.md).
report-web-link = Sua página privada de relatório de { $cohort } (válida por { $hours } h). Não a repasse: quem tiver o link pode ler a página até ela expirar. /report web revoke desativa todos os links.
report-web-revoked = Nenhum link da página de relatório de { $cohort } entregue até agora funciona mais.
report-web-title = Relatório: { $cohort }
report-web-downloads = Downloads de arquivos
report-web-audit = Registro de auditoria
report-web-audit-when = Quando
report-web-audit-who = Quem
report-web-audit-action = Ação
report-web-audit-details = Detalhes
report-web-expires = Este link funciona até { $at }.
network-hub-error-not-admin = Só quem administra este chat pode torná-lo o ponto de encontro de uma rede.
## lead: nudge fallback
checkin-nudge-group = { $person }, tenho uma pergunta para você sobre a turma. Não posso escrever para você primeiro: abra { $link } e toque em Iniciar para lê-la.
checkin-nudge-group-private = { $person }, tenho uma pergunta para você sobre a turma. Escreva para mim no privado para lê-la.
## w5-gatherings
gathering-code-error-digits = “{ $value }” tem só dígitos, e /here o leria como o número de um encontro. Escolha um código de sala com pelo menos uma letra, ou envie /gathering code { $number } e eu crio um.
## w5-nethub
network-offer-ask = Oferecer isto à rede { $networks }? { $kind ->
    [reflection] Sua reflexão
    [checkin] Sua resposta de acompanhamento
   *[commitment] Como foi o seu compromisso
}:
    { $text }
    Nada é enviado a menos que você escolha aqui (ou depois com <code>/share</code>).
network-offer-no = Este não
network-digest-theme-language = <b>{ $themes } · em { $language }</b>
network-report-gatherings = { "  " }encontros: { $gatherings }, compromissos: { $commitments }, cumpridos: { $done }, em parte: { $partly } ({ $rate }% cumpridos)
network-report-chart-title = “{ $name }”: resposta aos acompanhamentos e compromissos cumpridos por coorte
network-report-axis-response = Resposta aos acompanhamentos
network-report-axis-followups = Compromissos cumpridos
cmd-network-export-summary = os números da rede em arquivos, a partir das exportações das coortes (enviados em privado)
cmd-network-export-usage = /network export [csv|json|wikitext] ["Rede"]
network-hub-channel-code = Para tornar um canal do Telegram o ponto de encontro de “{ $name }”: adicione-me ao canal como administrador com permissão para publicar e publique isto lá em até uma hora:
    <code>/network hub { $code }</code>
    Vou confirmar no canal, remover essa publicação e avisar você aqui. Para um grupo ou uma sala do Matrix, execute <code>/network hub</code> dentro deles.
network-hub-channel-done = O canal { $channel } agora é o ponto de encontro de “{ $name }”.
network-hub-channel-bad-code = Este código é desconhecido, já foi usado ou expirou. Quem coordena a rede obtém um novo me enviando <code>/network hub</code> no privado.
network-space-created = Criei o espaço do Matrix “{ $name }” e convidei você; salas de coortes nele: { $count }. As salas das coortes que entrarem ou saírem da rede são adicionadas ou retiradas.
network-space-synced = O espaço de “{ $name }” está em dia de novo; salas de coortes nele: { $count }.
network-space-error-platform = Espaços são do Matrix: execute isto no Matrix. No Telegram, use um grupo ou um canal como ponto de encontro (<code>/network hub</code>).
cmd-network-space-summary = um espaço do Matrix com as salas das coortes da rede, mantido em dia
cmd-network-space-usage = /network space ["Rede"]
## w5-surveys
button-survey-back = « Voltar
survey-back-first = Esta é a primeira pergunta: não há resposta anterior para mudar.
survey-dm-your-answer = Sua resposta até agora: { $answer }
survey-back-none = Não há nenhuma pergunta de pesquisa esperando por você. /surveys lista suas pesquisas abertas.
survey-dm-back-hint = Para mudar sua resposta anterior, escreva “voltar”.
smallest-group-is = O menor grupo mostrado da coorte é de { $count ->
    [one] { $count } pessoa
    [many] { $count } de pessoas
   *[other] { $count } pessoas
}: resultados de pesquisas, e relatórios e resumos fora da visão privada da coordenação, não mostram contagem, porcentagem nem média de menos pessoas.
smallest-group-set = A partir de agora, contagens, porcentagens e médias precisam de pelo menos { $count ->
    [one] { $count } pessoa
    [many] { $count } de pessoas
   *[other] { $count } pessoas
} por trás para aparecer (pesquisas, relatórios, resumos).
smallest-group-moved = Agora é uma só configuração da coorte para pesquisas, relatórios e toda contagem: /cohort edit --smallest-group NÚMERO (de 3 a 100; 5 se não for mudado).
smallest-group-error = O menor grupo mostrado é um número inteiro de { $min } a { $max }; “{ $value }” não é.
cohort-card-smallest-group = Menor grupo mostrado: { $count ->
    [one] { $count } pessoa
    [many] { $count } de pessoas
   *[other] { $count } pessoas
} (contagens menores não aparecem).
survey-status-word = { $status ->
    [draft] ainda não enviada
    [closed] encerrada
   *[open] aberta
}
## w5-netmatch
cmd-network-meet-summary = conhecer alguém de outra coorte da rede (sim ou não; resposta no privado)
cmd-network-meet-usage = /network meet [on|off] ["Rede"]
cmd-network-round-summary = apresentar os membros inscritos a alguém de outra coorte (coordenadores da rede)
cmd-network-round-usage = /network round [every 2w|off] ["Rede"]
network-meet-status-title = Conhecer pessoas de outras coortes:
network-meet-status-line = • “{ $network }” (por { $cohort }): { $state ->
    [on] sim
   *[off] não
  }
network-meet-explain = Quando um coordenador da rede inicia uma rodada, você é apresentado(a) no privado a alguém de outra coorte, de preferência com um idioma e um tema em comum. Essa pessoa vê seu nome, sua coorte e como falar com você (seu @usuário do Telegram ou seu ID do Matrix); você vê os dela.
network-meet-button-on = Sim, me apresente
network-meet-button-off = Não, parar
network-meet-on = Você será apresentado(a) a alguém de outra coorte em { $networks }. Essa pessoa verá seu nome, sua coorte e como falar com você. <code>/network meet off</code> interrompe.
network-meet-off = Você não será mais apresentado(a) a ninguém em { $networks }.
network-meet-off-already = Você não estava inscrito(a) para conhecer pessoas lá.
network-meet-error-paused = Você está em pausa nessa coorte: volte primeiro e depois se inscreva.
network-meet-error-no-network = Nenhuma das suas coortes aqui está em uma rede.
network-round-error-one = “{ $name }” tem uma só coorte: ainda não há ninguém de outra coorte para conhecer.
network-round-error-few = Menos de dois membros de “{ $name }” se inscreveram com <code>/network meet on</code>, então não há rodada.
network-round-done = Rodada { $number } de “{ $name }”: { $groups ->
    [one] { $groups } apresentação
    [many] { $groups } de apresentações
   *[other] { $groups } apresentações
} para { $people ->
    [one] { $people } pessoa
    [many] { $people } de pessoas
   *[other] { $people } pessoas
}. Sem ninguém desta vez: { $unplaced }. Grupos com duas pessoas da mesma coorte (ninguém mais combinava): { $same }. Não foi possível escrever no privado para: { $unreached }.
network-meet-intro = { $person }, na rede “{ $network }” você vai conhecer { $group ->
    [pair] alguém
   *[triad] duas pessoas
  } de outra coorte:
network-meet-intro-other = • { $name } ({ $cohort })
network-meet-intro-other-elsewhere = • { $name } ({ $cohort }), no { $platform }: { $reach }
network-meet-intro-other-writes = • { $name } ({ $cohort }), no { $platform }: tem o seu contato e vai escrever para você primeiro.
network-meet-intro-common = Em comum: { $common }.
network-meet-common-languages = vocês falam { $languages }
network-meet-common-topics = interesse em { $topics }
network-meet-common-none = nenhum idioma ou tema informado; diga oi e vejam
network-meet-intro-next = Escrevam um para o outro e combinem um horário: uma ligação ou algumas mensagens bastam.
network-meet-nobody = { $person }, nesta rodada ninguém de outra coorte de “{ $network }” combinou com você. Você continua inscrito(a) para a próxima.
mydata-network-meet = Redes em que você conhece pessoas de outras coortes ({ $count }):
mydata-network-meet-on = • “{ $network }”, por { $cohort }, desde { $since }
mydata-network-meet-round = • “{ $network }”, rodada { $number } ({ $when }): você conheceu { $others }
## w5-reports2
report-chart-too-few = Gráfico: ainda não há nada para mostrar. Ele aparece quando inclui { $min } pessoas ou mais.
export-file-too-large = { $file } não foi enviado: com { $size } MB, é maior do que este chat aceita ({ $limit } MB). Baixe-o pela sua página do relatório: /report web

## w5-gqa
gathering-report-people = A resposta e a presença de cada pessoa:
gathering-ics-hint = Para a sua agenda: /gathering ics { $number }
button-gathering-keep = Não, manter
gathering-kept = Nada muda: “{ $title }” continua de pé.
report-gathering-line-let-go = nº { $number } { $title }: { $going } vão, { $present } presentes; { $commitments ->
    [one] { $commitments } compromisso
    [many] { $commitments } de compromissos
   *[other] { $commitments } compromissos
}: { $done } feitos, { $partly } em parte, { $letgo } deixados pra lá, { $open } em aberto

## w5-spolish
# Words that take a survey question back to the previous one when typed (English is accepted too).
keyword-back = voltar
survey-closed-unfinished = A pesquisa “{ $title }” foi encerrada antes de você terminar, então esta resposta não foi salva.
survey-error-json-type = Pergunta { $n }: “{ $type }” não é um tipo de pergunta. Use single, multi, scale5, scale10, yesno ou text.
survey-error-too-many-options = A pergunta { $n } tem opções demais (no máximo { $max }).
survey-error-question-too-long = Pergunta { $n }: o texto ou uma das opções é longo demais (no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
survey-error-title-too-long = O título, o texto de abertura ou o de agradecimento é longo demais (no máximo { $max ->
    [one] { $max } caractere
    [many] { $max } de caracteres
   *[other] { $max } caracteres
}).
survey-error-send-poll = A pesquisa { $number } é uma enquete rápida no grupo: é respondida lá, não enviada no privado. /survey results { $number } mostra os resultados.

## w6-netment
network-report-mentorships = { "  " }mentorias: { $active } em andamento; pedidas: { $asked }, aceitas: { $accepted }

## w3-net-web
cmd-network-page-summary = um link para a página web do que foi compartilhado na rede (enviado no privado; revoke desativa todos os links)
cmd-network-page-usage = /network page [revoke] ["Rede"]
network-page-link = A página web do que foi compartilhado em “{ $name }” (válida por { $hours } h). Ela mostra o que os membros escolheram compartilhar, com nomes só onde aceitaram; quem tiver o link pode lê-la até expirar. <code>/network page revoke</code> desativa todos os links.
network-page-revoked = Nenhum link para a página de “{ $name }” dado até agora funciona mais. <code>/network page</code> dá um novo.
network-page-not-set-up = A página da rede não está configurada neste bot: o operador define PUBLIC_URL (docs/configuration.md).
network-page-title = Compartilhado na rede “{ $name }”
network-page-intro = Aprendizados que os membros de { $cohorts ->
    [one] sua coorte
    [many] suas { $cohorts } coortes
   *[other] suas { $cohorts } coortes
} escolheram compartilhar, por tema e idioma. Um item retirado pelo autor não aparece mais aqui.
network-page-nothing = Nada foi compartilhado ainda.
network-page-expires = Este link funciona até { $at }.
network-page-refused-title = Este link não funciona
network-page-refused = O link expirou, foi revogado, foi alterado ou é de outra página. Um coordenador da rede obtém um novo com /network page.
network-withdraw-title-any = O que você compartilhou. Retirar um item o deixa fora dos próximos resumos e o tira da página da rede (um resumo já publicado permanece):
network-withdraw-done-any = Retirado: não sairá de novo e não está mais na página da rede.
network-withdraw-none-any = Você não tem itens compartilhados para retirar.
mydata-network-page = Itens aprovados, enviados ou não, também ficam na página web de cada rede, para quem tiver o link, até você retirá-los (<code>/share withdraw</code>).
network-round-rhythm-usage = Diga com que frequência: <code>/network round every 2w</code> (1 a 12 semanas) ou <code>/network round off</code>.
network-round-rhythm-weeks = As rodadas acontecem a cada 1 a { $max ->
    [one] { $max } semana
    [many] { $max } de semanas
   *[other] { $max } semanas
}, por ex. <code>/network round every 2w</code>.
network-round-rhythm-set = As rodadas entre coortes de “{ $name }” agora acontecem sozinhas { $weeks ->
    [one] toda semana
    [many] a cada { $weeks } semanas
   *[other] a cada { $weeks } semanas
}; a primeira em { $next }. <code>/network round off</code> as interrompe.
network-round-rhythm-off = As rodadas entre coortes de “{ $name }” não acontecem mais sozinhas; <code>/network round</code> ainda inicia uma.
network-round-rhythm-skipped = Sem rodada entre coortes de “{ $name }” desta vez: são precisas duas coortes e pelo menos dois membros inscritos com <code>/network meet on</code>.
network-round-rhythm-note = Esta rodada aconteceu sozinha ({ $weeks ->
    [one] toda semana
    [many] a cada { $weeks } semanas
   *[other] a cada { $weeks } semanas
}); a próxima em { $next }.
## w3-net-e2e
network-meet-intro-you-write = Você não tem um nome de usuário público no { $platform }, então { $name } não consegue escrever para você: escreva primeiro, por favor.
## w3-edges-pair
pair-ended-group = { $person }, sua mentoria em { $name } terminou.
pair-open-private = <a href="{ $link }">Abra uma conversa privada comigo</a> e notícias como esta chegarão a você lá.
## w3-edges-tg
timezone-every-cohort = Você tem um só fuso horário em todas as turmas: --cohort não o muda só para uma.
