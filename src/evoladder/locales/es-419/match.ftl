### match.ftl: una partida de principio a fin — los mensajes y MD de la partida, los botones Confirmar / Anular / reportar, los detalles del replay, el resultado, el aviso de la Shield Battery, una disputa para los admins y las respuestas al enviar un replay.

match-found-title = Partida encontrada · #{ $match_id }
match-found-body =
    Tienes un rival clasificatorio listo. Confirma { $confirm_by } o la partida se cancela.
    Anular usa una de tus anulaciones; anulaciones restantes este mes: { $aborts_left }.
    Verás contra quién juegas cuando ambos hayan confirmado.

match-title = Partida #{ $match_id }
match-player-1 = Jugador 1
match-player-2 = Jugador 2
match-rating-ranked = Rango **{ $letter }** · MMR **{ $mmr }**
match-rating-unranked = Sin rango · MMR **{ $mmr }**
match-battletag = BattleTag { $battletag }
match-no-battletag = BattleTag sin configurar
match-alt-names = También juega como { $names }
match-prediction = Predicción
match-prediction-value = { $name_a } { $chance_a } % · { $name_b } { $chance_b } %
match-map = Mapa
match-no-map-link = sin enlace para esta región
match-server = Servidor
match-mod = Mod
match-lobby = Lobby
match-lobby-value = Canal `{ $channel }` · privacidad { $privacy } · velocidad { $speed } · duración { $duration } · alianzas { $alliances } · { $observers } observadores
match-alliances-locked = bloqueadas
match-alliances-unlocked = desbloqueadas
match-reports = Reportes
match-replays = Replays
match-report-win = Gané
match-report-loss = Perdí
match-report-draw = Empate
match-report-none = sin reporte todavía
match-replay-missing = { $name }: todavía no lo envía — envíame aquí el .SC2Replay
match-replay-verified = { $name }: ✅ verificado — { $outcome }
match-replay-unverified = { $name }: ❌ no verificado ({ $failed })
match-result = Resultado
match-result-completed = { $headline } · { $name_a } { $delta_a } · { $name_b } { $delta_b } MMR
match-result-conflict = En disputa: un admin decide con la evidencia. Todavía no cambió el MMR.
match-result-ended =
    { $status ->
        [aborted] Sin resultado: la partida fue anulada. No cambió el MMR.
        [cancelled] Sin resultado: la partida fue cancelada. No cambió el MMR.
        [invalidated] Sin resultado: la partida fue invalidada. No cambió el MMR.
       *[other] Sin resultado: la partida terminó. No cambió el MMR.
    }
match-report-by = Reporta antes de
match-report-footer = Reporta el resultado cuando hayas jugado (elígelo y luego confirma); envíame aquí tu replay.
match-won = Ganó { $name }
match-draw = Empate

match-details-title-ok = Replay de la partida #{ $match_id } · verificado
match-details-title-bad = Replay de la partida #{ $match_id } · no verificado
match-details-body =
    { $side_a } vs { $side_b }
    Ganador: { $winner }
    Mapa: { $map_name }
    Inicio: { $started }
    Duración: { $duration }
    Observadores: { $observers }
match-details-settled = Este replay define el resultado para ambos jugadores.
match-details-unsettled = Este replay no define el resultado; deciden los reportes y los admins.
match-no-winner = ninguno registrado
match-no-observers = ninguno
match-duration = { $minutes } min { $seconds } s
match-checks = Verificaciones
match-checks-more = Verificaciones (cont.)
match-checks-cut = Más verificaciones en `/admin match`.

match-result-title = Partida #{ $match_id } · { $headline }
match-result-map = Mapa: { $map_name }

match-conflict-title = Conflicto · partida #{ $match_id }
match-conflict-report = { $side } reportó **{ $report }**
match-conflict-no-report = { $side } no reportó
match-conflict-why = Motivo: { $reason }
match-reason-reports-disagree = los dos reportes no coinciden
match-reason-report-contradicts-replay = un reporte contradice un replay verificado
match-reason-lone-report-at-deadline = solo un jugador reportó antes del plazo
match-conflict-replay = Replay de { $name }
match-conflict-no-replay = No envió replay.
match-conflict-footer = Resuélvelo con /admin resolve, indicando el resultado y un motivo.

match-shield-title = Lag de la Shield Battery: lee esto antes de jugar
match-shield-body =
    Esta partida tiene un jugador Protoss de Brood War. El modelo de salpicadura sobredimensionado de la Shield Battery de Brood War causa un lag fuerte. Antes de la partida, pon Opciones → Gráficos → Efectos en Bajo, o configura `splatlod=0` en cada `Variables.txt` (el pequeño programa de la comunidad lo hace por ti: { $fix_url }); luego reinicia StarCraft II.
    El problema desaparecerá cuando el mod se pueda volver a subir a battle.net.

match-confirm = Confirmar
match-abort = Anular
match-abort-unplayed = Anular (no se jugó)
match-abort-yes = Sí, anular
match-report-placeholder = Reporta el resultado
match-report-yes = Sí, reportar: { $label }
match-understood = Entendido
match-confirmed-waiting = Confirmaste la partida #{ $match_id }. Esperando a que tu rival confirme.
match-confirmed-both = Ambos jugadores confirmaron la partida #{ $match_id }: abajo van los detalles.
match-abort-question = ¿Anular la partida #{ $match_id }? Esto usa una de tus anulaciones (anulaciones restantes este mes: { $left }) y no cambia el MMR. Descarta este mensaje para mantener la partida.
match-aborted = La partida #{ $match_id } quedó anulada. Anulaciones restantes este mes: { $left }.
match-report-question = Elegiste **{ $label }** para la partida #{ $match_id }. Confirma para reportarlo; cuando estén los dos resultados ya no se pueden cambiar. Descarta este mensaje para elegir de nuevo.
match-reported-waiting = Reportaste **{ $label }** para la partida #{ $match_id }. Cuenta cuando el reporte de tu rival coincida o un replay verificado lo muestre.
match-reported-completed = Reportaste **{ $label }** para la partida #{ $match_id }: el resultado es definitivo.
match-reported-conflict = Reportaste **{ $label }** para la partida #{ $match_id }. La evidencia no coincide, así que un admin decidirá.
match-acknowledged = Gracias: ya no te mostraremos el aviso de la Shield Battery.

match-confirm-reminder = Recordatorio: confirma la partida #{ $match_id } { $deadline } o se cancelará.
match-opponent-confirmed = Tu rival confirmó la partida #{ $match_id }; confirma tú también.
match-started = Ambos jugadores confirmaron: jueguen la partida, luego reporta el resultado y envíame aquí tu replay.
match-opponent-reported = Tu rival reportó **{ $label }** en la partida #{ $match_id }. Reporta tu resultado también (y envíame tu replay).
match-report-reminder = Recordatorio: reporta el resultado de la partida #{ $match_id } { $deadline }.
match-upload-reminder = Reportaste la partida #{ $match_id } sin tu replay. Envíame aquí el archivo .SC2Replay de esa partida: el replay de cada jugador se guarda como evidencia de la partida.
match-opponent-replay-ok = Tu rival envió su replay de la partida #{ $match_id }; está verificado.
match-opponent-replay-bad = Tu rival envió su replay de la partida #{ $match_id }; no está verificado, así que no define nada (los admins igual pueden verlo).
match-conflict-reports-disagree = Los reportes de la partida #{ $match_id } no coinciden, así que un admin decidirá con la evidencia. Si todavía no enviaste tu replay, envíamelo ahora.
match-conflict-report-contradicts-replay = Un reporte de la partida #{ $match_id } contradice el replay verificado, así que un admin decidirá con la evidencia.
match-conflict-lone-report-at-deadline = Solo se reportó un resultado de la partida #{ $match_id } antes del plazo. El reporte de un solo jugador no es un resultado, así que un admin decidirá con la evidencia; si tienes el replay, envíamelo ahora.
match-ended-aborted-by-you = Anulaste la partida #{ $match_id }. No cambió el MMR.
match-ended-aborted-by-opponent = Tu rival anuló la partida #{ $match_id }. No cambió el MMR.
match-ended-you-did-not-confirm = La partida #{ $match_id } se canceló: no confirmaste a tiempo. No cambió el MMR y no se usó ninguna anulación.
match-ended-opponent-did-not-confirm = La partida #{ $match_id } se canceló: tu rival no confirmó a tiempo. No cambió el MMR; usa `/{ cmd-queue }` para buscar de nuevo.
match-ended-report-deadline = La partida #{ $match_id } está cerrada: no se reportó ningún resultado antes del plazo. No cambió el MMR.
match-ended-other = La partida #{ $match_id } terminó. No cambió el MMR.

match-upload-failed = Lo sentimos, algo falló de nuestro lado al revisar tu replay y no se cambió nada. Envíalo de nuevo; si sigue pasando, dile a un admin esta referencia: `{ $ref }`.
match-upload-too-fast = Vas un poco rápido: espera { $seconds } s y vuelve a enviar el replay.
match-upload-one-per-message = Envía un solo replay por mensaje.
match-upload-too-big = Ese archivo pesa { $size } MB; los replays pesan como máximo { $max } MB. Envía el .SC2Replay de tu partida.

match-pairing-why = Por qué este emparejamiento: diferencia de MMR { $gap } (máximo permitido { $window }) · ping esperado { $ping_a } / { $ping_b } ms · oleadas de espera { $waves_a } / { $waves_b }
