### rules.ftl: cuando las reglas de la ladder rechazan una acción — qué estuvo mal y qué hacer.

## Nombres de los campos de los que habla un rechazo ($field).

rules-field-player-name = El nombre de jugador
rules-field-battletag = El BattleTag
rules-field-alt-name = El nombre alternativo
rules-field-country = El país
rules-field-region = La región
rules-field-code = El código
rules-field-note = La nota
rules-field-reason = El motivo
rules-field-player = El jugador
rules-field-countries = Los países
rules-field-races = Las razas

## Texto que la ladder no puede aceptar.

rules-text-bad-character = { $field } contiene { $problem }: vuelve a escribirlo sin eso.
rules-text-too-long = { $field } tiene demasiados caracteres ({ $length }): como máximo { $max_length }, por favor.
rules-problem-surrogate = un carácter dañado (un sustituto suelto) que no se puede guardar
rules-problem-control = un carácter de control invisible (U+{ $code })
rules-problem-bidi = una marca invisible de dirección del texto (U+{ $code })
rules-store-unstorable = Ese texto contiene { $problem }, que no se puede guardar; no se cambió nada.
rules-unstorable-nul = un carácter NUL
rules-unstorable-surrogate = un sustituto suelto

## /setup y los términos del servicio.

rules-player-name-invalid = El nombre de jugador “{ $name }” no es válido: usa de 3 a 12 letras latinas (A–Z), sin espacios, números ni símbolos — exactamente tu nombre en el juego.
rules-battletag-invalid = El BattleTag “{ $tag }” no es válido: se ve así: Nombre#1234 — de 1 a 12 caracteres, luego #, luego de 3 a 12 dígitos. Puedes copiarlo desde la app de Battle.net.
rules-alt-name-invalid = El nombre alternativo “{ $name }” no es válido: usa de 3 a 12 letras o números (de cualquier alfabeto), sin espacios ni símbolos.
rules-too-many-alt-names = Puedes dar como máximo { $max } nombres alternativos.
rules-country-unknown = “{ $typed }” no es un código de país que conozcamos. Elige tu país de la lista (códigos ISO como KR, US, DE), o XX (sin representar a un país) / ZZ (otro).
rules-region-unknown = “{ $typed }” no es una región que conozcamos. Elige una de estas: { $regions }.
rules-name-twice = “{ $name }” aparece dos veces: tu nombre de jugador y tus nombres alternativos deben ser todos distintos.
rules-name-taken = “{ $name }” ya lo registró otro jugador. Si es tuyo, pregúntale a un admin.
rules-terms-first = Primero acepta los términos del servicio (/{ cmd-termsofservice }).
rules-decline-terms-busy = Sal de la cola y termina tu partida antes de rechazar los términos.

## La cola.

rules-queue-banned = Estás baneado de la ladder y no puedes entrar a la cola.
rules-queue-register-first = Completa /{ cmd-termsofservice } y /{ cmd-setup } antes de entrar a la cola.
rules-queue-already = Ya estás en la cola.
rules-queue-in-match = Estás en la partida #{ $match_id }: termínala antes de volver a la cola.
rules-queue-not-queued = No estás en la cola.
rules-queue-unknown-race = Raza desconocida '{ $race }': elige una del menú de razas.
rules-queue-pick-races = Elige una raza de Brood War, una de StarCraft II o una de cada para jugar de cualquier lado.
rules-queue-veto-outside = “{ $map }” no está en el pool de mapas de esta temporada: veta solo mapas del pool.
rules-queue-too-many-vetoes = Puedes vetar como máximo { $max_vetoes } mapas.
rules-quick-start-first = Antes de tu primera partida, lee la guía de inicio rápido (el enlace de arriba) y presiona “Ya leí la guía de inicio rápido”; luego presiona Unirse.
rules-notice-unknown = Aviso desconocido '{ $notice }'.

## Emparejamiento.

rules-pair-self = Un jugador no puede jugar contra sí mismo.
rules-pair-not-queued = El jugador { $player } no está en la cola.
rules-pair-wrong-race = El jugador { $player } no entró a la cola como { $race }.
rules-pair-sides = Una partida es una raza de Brood War contra una de StarCraft II.
rules-pair-entry-changed = El jugador { $player } cambió su entrada en la cola mientras se calculaba la ronda; espera a la siguiente.
rules-map-not-in-pool = “{ $map }” no está en el pool de mapas de esta temporada.
rules-server-unknown = Servidor desconocido '{ $server }'.

## Estado de una partida ($status).

rules-status-found = encontrada
rules-status-in-progress = en curso
rules-status-completed = terminada
rules-status-conflict = en disputa
rules-status-aborted = cancelada por un jugador
rules-status-cancelled = anulada
rules-status-invalidated = invalidada

## Partidas: confirmar, abortar, reportar, replays.

rules-not-registered = Todavía no estás registrado: usa /{ cmd-termsofservice } para empezar.
rules-not-your-match = No eres jugador de la partida #{ $match_id }.
rules-match-unknown = La partida #{ $match_id } no existe.
rules-confirm-closed = Esta partida ya no se puede confirmar (está { $status }).
rules-confirm-already = Ya confirmaste esta partida; esperando a tu rival.
rules-timeout-not-found = Solo una partida sin confirmar puede vencer (esta está { $status }).
rules-abort-closed = Esta partida ya no se puede cancelar (está { $status }).
rules-abort-reported = Ya se reportó un resultado de esta partida, así que no se puede cancelar; reporta tu resultado o pregúntale a un admin.
rules-no-aborts-left = No te quedan cancelaciones de partida este mes (límite { $per_month }). Se reinician el día 1 (UTC); hasta entonces, juega la partida o reporta el resultado.
rules-report-unknown = Reporte desconocido '{ $report }': elige win, loss o draw.
rules-report-unconfirmed = Ambos jugadores deben confirmar la partida antes de reportar un resultado.
rules-report-closed = Esta partida está { $status }; ya no se pueden reportar resultados. Pregúntale a un admin si algo anda mal.
rules-report-needs-replay = Podrás reportar cuando se verifique tu replay de esta partida: primero envíame aquí el archivo .SC2Replay y luego reporta.
rules-report-final = Ya están ambos resultados; no se pueden cambiar. Pregúntale a un admin si hace falta.
rules-replay-cannot-settle = Un replay no puede decidir esta partida (está { $status }).
rules-deadline-not-applicable = El plazo para reportar no aplica (la partida está { $status }).
rules-match-takes-no-replay = La partida #{ $match_id } está { $status }; no admite replays (un replay es de una partida confirmada y jugada).
rules-replay-used = Este replay ya es la evidencia de la partida #{ $match_id }; envía el replay de esta partida.
rules-replay-no-match = No tienes ninguna partida esperando un replay. Envía el replay de una partida de la ladder cuando ambos jugadores la hayan confirmado (también si está en disputa o poco después de terminar).
rules-replay-not-a-replay = “{ $filename }” no es un replay: envía el archivo .SC2Replay de tu partida.
rules-replay-too-big = Ese archivo pesa { $size } MB; los replays pesan como máximo { $max } MB. Envía el .SC2Replay de tu partida.
rules-replay-refused = Este replay no se puede usar: { $reason }.
rules-replay-match-ended = La partida #{ $match_id } terminó mientras tanto; el replay no se adjuntó.
rules-replay-already-handled = Esta subida ya se procesó.

## Acciones de admin.

rules-resolve-unknown = Resultado desconocido '{ $result }': elige a, b o draw.
rules-resolve-closed = La partida está { $status }; solo se pueden resolver partidas abiertas, en disputa o terminadas.
rules-resolve-same = La partida ya tiene ese resultado; no cambiaría nada.
rules-invalidate-already = Esta partida ya está invalidada.
rules-admin-no-reason = Indica un motivo: cada acción de admin queda registrada con uno.
rules-admin-mmr-bounds = El MMR debe ser un número entero de { $low } a { $high }.
rules-admin-mmr-how = Elige cómo cambiar el MMR: { $choices }.
rules-admin-mmr-amount = La cantidad debe ser un número entero de 0 o más.
rules-admin-mmr-same = Así el MMR queda en { $mmr }; no cambiaría nada.
rules-admin-aborts-bounds = Las cancelaciones restantes deben ser un número entero de 0 a { $per_month } (el límite mensual).
rules-admin-already-banned = Ese jugador ya está baneado.
rules-admin-not-banned = Ese jugador no está baneado.
rules-admin-owner-unbannable = No se puede banear al dueño de la ladder.
rules-admin-owner-bans-admins = Solo el dueño de la ladder puede banear a un admin.
rules-admin-owner-unbans-admins = Solo el dueño de la ladder puede desbanear a un admin.
rules-admin-already-admin = Ese usuario ya es admin.
rules-admin-not-admin = Ese usuario no es admin.
rules-admin-not-queued = Ese jugador no está en la cola.
rules-admin-no-player = Indica un jugador: una mención, un ID de Discord, un nombre de jugador, un BattleTag o un nombre alternativo.
rules-admin-nothing-to-unblock = Ese jugador no está en la cola ni en una partida abierta; no hay nada que desbloquear.
rules-admin-unknown-race = Raza desconocida { $race }.
rules-admin-never-used = <@{ $discord_uid }> nunca usó la ladder; no hay ningún jugador que cambiar.
rules-admin-only = Solo los admins de la ladder pueden hacer eso.
rules-owner-only = Solo el dueño de la ladder puede administrar a los admins.
rules-no-match = No existe la partida #{ $match_id }.
rules-no-player-id = Ningún jugador tiene el ID de Discord { $discord_id }: nunca usó la ladder.
rules-nobody = Ningún jugador coincide con “{ $reference }”. Indícalo con una mención, ID de Discord, nombre de jugador, BattleTag o nombre alternativo, o elige una de las sugerencias.
rules-did-you-mean = Ningún jugador se llama “{ $reference }”. ¿Quisiste decir: { $candidates }?
rules-ambiguous = “{ $reference }” coincide con { $count } jugadores: { $candidates }. Elige una de las sugerencias o usa un ID de Discord.
rules-candidate = { $name } ({ $battletag }, ID { $discord_id })
rules-no-battletag = sin BattleTag
rules-unknown-name = sin registrar
rules-list-join = { $first }; { $rest }

## Códigos de acceso (temporadas por invitación).

rules-access-not-a-code = “{ $typed }” no es un código de acceso; los códigos se ven así: ABCD-EFGH.
rules-access-uses = Los usos deben ser un número entero de 1 a { $max_uses }.
rules-access-validity = La validez debe ser un número entero de días de 1 a { $max_days }.
rules-access-already-activated = Tu acceso ya está activado; no necesitas otro código.
rules-access-withdrawn = Un admin retiró el código { $code }. Pídele uno nuevo a un admin.
rules-access-expired = El código { $code } venció. Pídele uno nuevo a un admin.
rules-access-used-up =
    { $uses_allowed ->
        [one] El código { $code } ya se usó una vez, que es su límite. Pídele uno nuevo a un admin.
        [many] El código { $code } ya se usó { $uses_allowed } de veces, que es su límite. Pídele uno nuevo a un admin.
       *[other] El código { $code } ya se usó { $uses_allowed } veces, que es su límite. Pídele uno nuevo a un admin.
    }
rules-access-no-note = Indica para quién es el código: cada acción de admin queda registrada con un motivo.
rules-access-exists = El código { $code } ya existe; crea otro.
rules-access-unknown-for-player = No existe el código de acceso { $code }. Revísalo o pídele uno a un admin.
rules-access-unknown = No existe el código de acceso { $code }.
rules-access-withdrawn-already = El código { $code } ya está retirado.
rules-access-open-season = Esta temporada está abierta para todos: no necesitas un código. Usa `/{ cmd-setup }` para empezar.

## Guardar.

rules-store-not-saved = La ladder no puede guardar en este momento — no se cambió nada. Vuelve a intentarlo en unos minutos.
rules-store-closing = La ladder se está apagando; vuelve a intentarlo en un momento. No se cambió nada.
