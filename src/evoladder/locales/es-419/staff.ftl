### staff.ftl: herramientas del staff — /admin (casos, panorama, disputas, códigos de acceso, acciones sobre jugadores), el registro del canal de admins, lo que se les dice a los jugadores cuando un admin actúa y /activate.

## /activate

staff-activated = Tu acceso quedó activado con el código { $code }. Siguiente paso: `/{ cmd-setup }` para registrarte y luego `/{ cmd-queue }`.

## MD a un jugador cuando un admin actúa sobre él

staff-dm-banned = Un admin te baneó de la ladder. Motivo: { $reason }
    Si crees que es un error, contacta a un admin.
staff-dm-unbanned = Un admin levantó tu baneo: ya puedes volver a usar la ladder. Motivo: { $reason }
staff-dm-mmr = Un admin cambió tu MMR de { $race }: { $before } → **{ $after }** ({ $delta }). Motivo: { $reason }
staff-dm-removed = Un admin te sacó de la cola. Motivo: { $reason }
    Usa `/{ cmd-queue }` para buscar de nuevo.
staff-dm-cleared = Un admin vació la cola, así que ya no estás buscando partida. Motivo: { $reason }
    Usa `/{ cmd-queue }` para buscar de nuevo.
staff-dm-aborts = Un admin ajustó tus cancelaciones de partida de este mes: te quedan { $left }. Motivo: { $reason }
staff-dm-resolved = Un admin decidió la partida #{ $match_id }: { $result }.
staff-dm-corrected = Un admin corrigió el resultado de la partida #{ $match_id }: { $result } (antes: { $previous }).
staff-dm-invalidated = Un admin anuló la partida #{ $match_id }: su resultado no cuenta.
staff-dm-invalidated-open = Un admin anuló la partida #{ $match_id }; ya terminó. Ningún MMR cambió.
staff-dm-your-mmr = Tu MMR de { $race }: { $before } → **{ $after }** ({ $delta }).
staff-dm-rederived =
    { $count ->
        [one] { $count } partida posterior se recalculó a partir de ella.
       *[other] { $count } partidas posteriores se recalcularon a partir de ella.
    }
staff-dm-reason = Motivo: { $reason }
staff-dm-knock-on-resolved = Un admin corrigió la partida #{ $match_id }, una partida anterior de uno de tus rivales, así que tus resultados posteriores se recalcularon.
staff-dm-knock-on-invalidated = Un admin anuló la partida #{ $match_id }, una partida anterior de uno de tus rivales, así que tus resultados posteriores se recalcularon.
staff-dm-winner = ganó { $name }
staff-dm-draw = un empate
staff-dm-no-result = sin resultado

## Registro del staff

staff-feed-completed = ✅ Partida #{ $match_id } terminada: { $result } · { $a } { $race_a } { $move_a } · { $b } { $race_b } { $move_b }
staff-feed-move = { $before }→{ $after }
staff-feed-aborted = ↩️ Partida #{ $match_id } abortada por { $blame } · { $a } vs { $b }
staff-feed-abandoned-confirm = ⌛ Partida #{ $match_id } abandonada: { $blame } no confirmó · { $a } vs { $b }
staff-feed-abandoned-report = ⌛ Partida #{ $match_id } abandonada: sin resultado antes del plazo de reporte · { $a } vs { $b }
staff-feed-dispute = { $ping }⚠️ Disputa en la partida #{ $match_id } · { $a } vs { $b } · revisa `/admin match { $match_id }`
staff-feed-resolved = ⚖️ Partida #{ $match_id } resuelta por { $admin }: { $result }. { $rederived }Motivo: { $reason }
staff-feed-invalidated = 🚫 Partida #{ $match_id } anulada por { $admin }. { $rederived }Motivo: { $reason }
staff-feed-rederived =
    { $count ->
        [one] { $count } partida posterior recalculada.{ " " }
       *[other] { $count } partidas posteriores recalculadas.{ " " }
    }
staff-feed-banned = ⛔ { $player } baneado por { $admin }. Motivo: { $reason }
staff-feed-unbanned = ✅ { $player } desbaneado por { $admin }. Motivo: { $reason }
staff-feed-health-raised = 🚨 Estado: { $detail }
staff-feed-health-cleared = ✅ Estado recuperado ({ $condition }): el problema era: { $detail }
staff-feed-somebody = un jugador

## Común

staff-player = { $name } (`{ $discord_id }`)
staff-winner = ganó { $name }
staff-draw = empate
staff-mmr-line = { $player } { $race }: { $before } → **{ $after }** ({ $delta })
staff-duration-seconds = { $s } s
staff-duration-minutes = { $m } min
staff-duration-hours = { $h } h { $mm } min
staff-duration-days = { $d } d { $h } h

## Confirmación

staff-ask = { $description }
    ¿Confirmas?
staff-done = Listo: { $done }
staff-cancelled = Cancelado; no se cambió nada.
staff-expired = Esta acción de admin ya no está pendiente (puede que el bot se haya reiniciado). Vuelve a usar el comando.
staff-confirm = Confirmar
staff-cancel = Cancelar

## Acciones sobre jugadores

staff-ask-mmr = Cambiar { $line }. Motivo: { $reason }
staff-done-mmr = { $line }.
staff-ask-ban = Banear a { $player }: no podrá usar la ladder hasta que se le desbanee, y sale de la cola. Motivo: { $reason }
staff-done-ban = { $player } está baneado.
staff-ask-unban = Levantar el baneo de { $player }. Motivo: { $reason }
staff-done-unban = { $player } ya no está baneado.
staff-ask-aborts = Ajustar las cancelaciones que le quedan a { $player } este mes: { $before } → **{ $after }**. Motivo: { $reason }
staff-done-aborts =
    { $left ->
        [one] A { $player } le queda { $left } cancelación este mes.
       *[other] A { $player } le quedan { $left } cancelaciones este mes.
    }
staff-ask-remove-queue = Sacar a { $player } de la cola. Motivo: { $reason }
staff-done-remove-queue = { $player } está fuera de la cola.
staff-ask-unblock = Desbloquear a { $player }: sale de la cola y su partida abierta (si tiene) se anula. Motivo: { $reason }
staff-done-unblock-queue = { $player } está fuera de la cola.
staff-done-unblock-match = la partida #{ $match_id } de { $player } está anulada.
staff-ask-clear-queue = Vaciar toda la cola ({ $count } en cola). Motivo: { $reason }
staff-done-clear-queue = la cola está vacía ({ $count } retirados).
staff-ask-add-admin = Hacer admin a { $player }.
staff-done-add-admin = { $player } ahora es admin.
staff-ask-remove-admin = Quitarle los permisos de admin a { $player }. Motivo: { $reason }
staff-done-remove-admin = { $player } ya no es admin.
staff-unknown-race = “{ $typed }” no es una raza; elige una de las sugerencias.

## Códigos de acceso

staff-ask-create-code =
    { $uses ->
        [one] Crear un código de acceso para { $uses } jugador, válido por { $days } día(s). Para: { $note }
       *[other] Crear un código de acceso para { $uses } jugadores, válido por { $days } día(s). Para: { $note }
    }
staff-done-create-code = código de acceso **{ $code }** creado: { $uses } uso(s), vence { $expires }. Dáselo a los jugadores; ellos escriben `/{ cmd-activate } { $code }`.
staff-ask-revoke-code = Retirar el código de acceso { $code } (usado { $uses }/{ $allowed }). Motivo: { $reason }
staff-done-revoke-code = el código { $code } fue retirado (se usó { $uses } vez/veces; esos jugadores conservan el acceso).
staff-open-mode = Nota: esta temporada es abierta (EVOLADDER_ACCESS=open), así que los códigos no hacen falta hasta que se cambie a code.

## El caso de una partida (/admin match)

staff-case-title = Partida #{ $match_id } · { $status }
staff-case-description = Mapa **{ $map }** en { $server } · creada { $created }
    Confirmada: { $confirmed } · terminada: { $ended }
    Resultado: **{ $result }** ({ $end_reason })
staff-not-yet = todavía no
staff-no-result = ninguno todavía
staff-side-title = Jugador { $n }
staff-side = { $flag } **{ $name }** · { $race }
staff-side-mmr-moved = MMR { $before } → **{ $after }** ({ $delta })
staff-side-mmr = MMR { $mmr } (antes de la partida)
staff-side-report = Reportó **{ $report }** { $when }
staff-side-no-report = Sin reporte
staff-report-win = Gané
staff-report-loss = Perdí
staff-report-draw = Empate
staff-replay-title = Replay { $n } · enviado por { $uploader } { $when }
staff-replay-verified = ✅ Verificado: ninguna comprobación falló.
staff-replay-not-verified = ❌ No verificado: fallaron { $failed } comprobación(es).
staff-replay-file = Archivo adjunto: `{ $filename }`.
staff-replay-missing = El archivo no está en el almacenamiento.
staff-replay-too-big = El archivo es demasiado grande para adjuntarlo aquí ({ $size } MB).
staff-no-replay = No se subió ningún replay.
staff-check = { $icon } { $check }: { $reason }
staff-case-footer = Resuelve con los botones: cada uno pide un motivo y luego una confirmación. El registro va adjunto como JSON.
staff-winner-button = Ganador: { $name }
staff-draw-button = Empate
staff-void-button = Anular
staff-reason-title = Motivo para la partida #{ $match_id }
staff-reason-label = Motivo (lo ven los jugadores)
staff-ask-resolve = Resolver la partida #{ $match_id }: { $result }. Motivo: { $reason }
staff-ask-correct = Corregir la partida #{ $match_id }: { $result } (era { $previous }). Las partidas posteriores de ambos jugadores se recalculan. Motivo: { $reason }
staff-ask-invalidate = Anular la partida #{ $match_id }. Motivo: { $reason }
staff-no-mmr-change = Sin cambios de MMR.
staff-done-resolve = partida #{ $match_id } resuelta: { $result }.
staff-done-invalidate = partida #{ $match_id } anulada.
staff-rederived =
    { $count ->
        [one] { $count } partida posterior recalculada.
       *[other] { $count } partidas posteriores recalculadas.
    }
staff-more-shifts = … y { $count } cambios de rating más.
staff-unknown-decision = Decisión desconocida '{ $decision }'.

## /admin snapshot, /admin disputes, /admin codes

staff-snapshot-title = Panorama de la ladder · página { $page }/{ $pages }
staff-disputes-title = Disputas abiertas, las más antiguas primero · página { $page }/{ $pages }
staff-codes-title = Códigos de acceso, los más nuevos primero · página { $page }/{ $pages }
staff-previous = ◀ Anterior
staff-next = Siguiente ▶
staff-queue-header = **Cola** · { $total } ({ $bw } BW · { $sc2 } SC2 · { $both } ambos)
staff-queue-line = { $name } · { $races } · esperando { $wait }
staff-race-standing = { $race }: { $rank }, MMR { $mmr }
staff-rank = Rango **{ $letter }**
staff-unranked = Sin rango
staff-running-header = **En curso** · { $count }
staff-running-line = #{ $match_id } { $a } vs { $b } · { $status } · desde hace { $age }
staff-disputes-header = **Disputas** · { $count }
staff-dispute-line = #{ $match_id } { $a } vs { $b } · esperando { $age } ({ $reason })
staff-health-line = **Estado** · base de datos { $database }, pendientes { $backlog } entradas (la más antigua { $oldest }) · workers de replays { $alive }/{ $expected } · memoria { $rss_mb } MB
staff-last-error = Último error de envío: { $error }
staff-reachable = accesible
staff-unreachable = INACCESIBLE
staff-none = ninguno
staff-no-disputes = No hay disputas abiertas.
staff-no-codes = Todavía no hay códigos de acceso: crea uno con `/admin code_create`.
staff-code-line = `{ $code }` · { $status } · usado { $uses }/{ $allowed } · vence { $expires } · { $note }
staff-code-users = ↳ usado por { $users }
staff-code-active = activo
staff-code-expired = vencido
staff-code-used-up = agotado
staff-code-withdrawn = retirado

## Comandos (los nombres quedan en inglés; se traducen las descripciones)

cmd-activate = activar
    .description = Abre esta temporada para ti con un código de acceso
cmd-activate-code = código
    .description = El código que te dio un admin, como ABCD-EFGH
cmd-admin = admin
    .description = Administración de la ladder
cmd-admin-player = player
    .description = El perfil de un jugador
cmd-admin-adjust-mmr = adjust_mmr
    .description = Fija, sube o baja el MMR de un jugador en una raza
cmd-admin-how = how
    .description = set: a la cantidad; add / subtract: sumar / restar la cantidad
cmd-admin-ban = ban
    .description = Banea a un jugador de la ladder
cmd-admin-unban = unban
    .description = Levanta el baneo de un jugador
cmd-admin-reset-aborts = reset_aborts
    .description = Fija cuántas cancelaciones le quedan a un jugador este mes
cmd-admin-aborts-left = aborts_left
    .description = Cancelaciones restantes este mes (por defecto: el total permitido)
cmd-admin-remove-queue = remove_queue
    .description = Saca a un jugador de la cola
cmd-admin-unblock = unblock
    .description = Libera a un jugador atascado (entrada en la cola y partida abierta)
cmd-admin-clear-queue = clear_queue
    .description = Vacía toda la cola
cmd-admin-add-admin = add_admin
    .description = Hace a un jugador admin de la ladder
cmd-admin-remove-admin = remove_admin
    .description = Le quita a un jugador los permisos de admin
cmd-admin-match = match
    .description = El caso completo de una partida: reportes, replays, registro; resuélvelo
cmd-admin-resolve = resolve
    .description = Decide el resultado de una partida (a: jugador 1, b: jugador 2)
cmd-admin-invalidate = invalidate
    .description = Anula una partida (si ya terminó, se revierte su MMR)
cmd-admin-code-create = code_create
    .description = Crea un código de acceso para una temporada cerrada
cmd-admin-uses = uses
    .description = Cuántos jugadores pueden usarlo (1: de un solo uso)
cmd-admin-valid-days = valid_days
    .description = Días hasta que vence
cmd-admin-note = note
    .description = Para quién es (se guarda con el código y en el registro de auditoría)
cmd-admin-codes = codes
    .description = Códigos de acceso: usos, vencimiento y quién usó cada uno
cmd-admin-code-revoke = code_revoke
    .description = Retira un código de acceso
cmd-admin-snapshot = snapshot
    .description = Quién está en cola, partidas en curso, disputas, estado del sistema
cmd-admin-disputes = disputes
    .description = Disputas abiertas, las más antiguas primero, con su antigüedad

## Estado de una partida y por qué terminó

staff-status-found = encontrada
staff-status-in-progress = en curso
staff-status-completed = terminada
staff-status-conflict = en disputa
staff-status-aborted = abortada
staff-status-cancelled = cancelada
staff-status-invalidated = anulada
staff-end-aborted = abortada
staff-end-admin-invalidated = anulada por un admin
staff-end-admin-resolved = resuelta por un admin
staff-end-confirm-timeout = sin confirmar a tiempo
staff-end-lone-report-at-deadline = solo un reporte antes del plazo
staff-end-replay = por el replay
staff-end-report-contradicts-replay = un reporte contradice el replay
staff-end-report-deadline-no-report = sin reportes antes del plazo
staff-end-reports-agree = reportes coinciden
staff-end-reports-disagree = reportes no coinciden

staff-pairing = Por qué este emparejamiento
staff-pairing-value =
    Diferencia de MMR { $gap } (ventana { $window }) → término de MMR { $mmr_term }
    Ping esperado { $ping_a } / { $ping_b } ms → término de ping { $ping_term }
    Crédito por espera −{ $credit } (oleadas de espera { $waves_a } / { $waves_b })
    Costo del par { $total } (la oleada formó los pares con el menor costo total)
