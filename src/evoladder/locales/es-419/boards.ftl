### boards.ftl: /profile (tu MMR, el estado de tu cuenta y la gráfica de MMR) y /leaderboard (la clasificación, sus filtros y páginas).

boards-rank = Rango **{ $letter }**
boards-unranked = Sin rango
boards-win-percent = { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %

cmd-profile = perfil
    .description = Tu MMR, tus rangos y tus resultados recientes
boards-profile-not-registered = Todavía no estás registrado: usa `/{ cmd-termsofservice }` y luego `/{ cmd-setup }`.
boards-profile-unnamed = Jugador sin nombre
boards-profile-battletag = **BattleTag** { $battletag }
boards-profile-alt-names = **Otros nombres** { $names }
boards-profile-country = **País** { $country }
boards-profile-region = **Región** { $region }
boards-profile-not-set = sin definir
boards-profile-none = ninguno
boards-profile-banned-line = ⛔ **Baneado de la ladder**
boards-profile-window = { $days } d: { $record }
boards-profile-race-mmr = MMR **{ $mmr }** · { $record } ({ $percent })
boards-profile-race-name = { $race } — { $rank }
boards-profile-rank = Rango { $letter }
boards-profile-last-played = Última partida { $when }
boards-profile-not-played = Todavía sin partidas
boards-profile-no-games-name = Todavía no hay partidas
boards-profile-no-games-value = Entra a la cola con `/{ cmd-queue }` para obtener tu primer MMR.
boards-profile-overall-name = Todas las razas
boards-profile-overall-value =
    { $games ->
        [one] **{ $record }** ({ $percent }) · { $games } partida
        [many] **{ $record }** ({ $percent }) · { $games } de partidas
       *[other] **{ $record }** ({ $percent }) · { $games } partidas
    }
boards-profile-account-name = Cuenta
boards-profile-terms-ok = ✅ Términos del servicio aceptados
boards-profile-terms-missing = ❌ No has aceptado los términos del servicio: usa `/{ cmd-termsofservice }`
boards-profile-setup-ok = ✅ Configuración completa
boards-profile-setup-missing = ❌ Configuración sin terminar: usa `/{ cmd-setup }`
boards-profile-not-banned = ✅ Cuenta en regla
boards-profile-banned = ⛔ Baneado: { $reason }
boards-profile-banned-no-reason = ⛔ Baneado (sin motivo indicado): contacta a un administrador
boards-profile-activation = 🔑 { $activation }
boards-profile-aborts = Cancelaciones de partida este mes: te quedan { $left } de { $per_month }; se recargan { $reset }
boards-profile-footer =
    { $left ->
        [one] Te queda { $left } cancelación este mes
        [many] Te quedan { $left } de cancelaciones este mes
       *[other] Te quedan { $left } cancelaciones este mes
    }

boards-chart-title = { $name }: MMR de los últimos 90 días
boards-chart-unnamed = Jugador
boards-chart-axis = MMR

cmd-leaderboard = clasificación
    .description = La clasificación de la ladder
cmd-leaderboard-page = página
    .description = Página a mostrar (40 entradas por página)
cmd-leaderboard-countries = países
    .description = Solo jugadores de estos países (códigos o nombres, separados por comas)
cmd-leaderboard-races = razas
    .description = Solo estas razas (separadas por comas)
cmd-leaderboard-rank = rango
    .description = Solo este rango
cmd-leaderboard-best-only = solo_mejor_raza
    .description = Solo la mejor raza de cada jugador
cmd-leaderboard-unranked = sin_rango
    .description = Incluye a los jugadores sin rango (sin partidas en las últimas semanas), debajo de los demás

boards-unknown-country = “{ $value }” no es un país que conozcamos; elige una de las sugerencias.
boards-unknown-race = “{ $value }” no es una raza; elige una de las sugerencias.
boards-too-many-countries = Elige como máximo { $limit } países a la vez.

boards-lb-title = Clasificación
boards-lb-footer =
    { $total ->
        [one] Página { $page }/{ $pages } · { $total } entrada · { $filters }
        [many] Página { $page }/{ $pages } · { $total } de entradas · { $filters }
       *[other] Página { $page }/{ $pages } · { $total } entradas · { $filters }
    }
boards-lb-empty = Todavía no hay entradas con estos filtros.
boards-lb-no-filters = jugadores con rango, todas las razas y países
boards-lb-filter-races = razas: { $races }
boards-lb-filter-countries = países: { $countries }
boards-lb-filter-rank = rango { $letter }
boards-lb-filter-everyone = incluye jugadores sin rango
boards-lb-filter-unranked = solo jugadores sin rango
boards-lb-filter-best = solo la mejor raza
boards-lb-unnamed = jugador { $uid }
boards-lb-races-placeholder = Razas: todas (puedes elegir varias)
boards-lb-races-chosen-placeholder =
    { $count ->
        [one] Razas: { $count } elegida
       *[other] Razas: { $count } elegidas
    }
boards-lb-countries-placeholder = Países { $first }–{ $last } ({ $page }/{ $pages }; puedes elegir varios)
boards-lb-countries-none = Todavía no hay países en la ladder
boards-lb-rank-placeholder = Rango
boards-lb-rank-ranked = Jugadores con rango (de S a F)
boards-lb-rank-letter = Solo rango { $letter }
boards-lb-rank-unranked = Solo jugadores sin rango
boards-lb-rank-everyone = Todos, con los jugadores sin rango al final
boards-lb-jump-placeholder = Ir a una página
boards-lb-jump-option = Página { $page } de { $pages }
boards-lb-previous = ◀ Anterior
boards-lb-next = Siguiente ▶
boards-lb-best-on = Todas las razas
boards-lb-best-off = Solo la mejor raza
boards-lb-more-countries = Más países
boards-lb-clear = Borrar todos los filtros
