### queue.ftl: /queue — selección de razas, vetos de mapas, Unirse / Salir y el mensaje de búsqueda.

cmd-queue = cola
    .description = Entra a la cola para una partida clasificatoria

queue-expired = Este panel de la cola ya no está abierto (puede que el bot se haya reiniciado). Vuelve a usar `/{ cmd-queue }`.
queue-pick-race = Elige una raza de Brood War, una de StarCraft II o ambas, y luego presiona Unirse.
queue-left = Saliste de la cola. Usa `/{ cmd-queue }` para buscar de nuevo.
queue-entry-expired = Tu lugar en la cola venció tras una larga espera. Usa `/{ cmd-queue }` para buscar de nuevo.

queue-panel-title = Cola clasificatoria
queue-panel-body =
    Elige una raza de Brood War, una de StarCraft II o una de cada para jugar de cualquier lado, y hasta { $max_vetoes } mapas que no quieras jugar. Luego presiona Unirse.

    Razas: { $races }
    Vetos: { $vetoes }
queue-none-yet = ninguna todavía
queue-none = ninguno
queue-bw-placeholder = Raza de Brood War
queue-sc2-placeholder = Raza de StarCraft II
queue-veto-placeholder = Mapas vetados (hasta { $max_vetoes })
queue-no-bw-race = Sin raza de Brood War
queue-no-sc2-race = Sin raza de StarCraft II
queue-map-by = Mapa de { $game } hecho por { $author }
queue-join = Unirse
queue-leave = Salir
queue-read-guide = Ya leí la guía de inicio rápido

queue-searching-title = Buscando rival
queue-not-queued-title = No estás en la cola
queue-next-wave = Próxima ronda de emparejamiento { $next_wave }.
queue-races = Razas
queue-vetoes = Vetos
queue-queued = En cola
queue-queued-value = { $total } ({ $bw } Brood War · { $sc2 } StarCraft II · { $both } ambos)
queue-active = Jugadores activos en los últimos { $minutes } minutos
queue-playing = Partidas en juego
queue-waiting = Tu espera
queue-waiting-value = Desde { $joined } ({ $minutes } min hasta ahora)
queue-estimate = Espera estimada
queue-estimate-value = Unos { $minutes } min para jugadores con un MMR cercano al tuyo en tu región (según { $basis } partidas recientes)
queue-estimate-short = Menos de un minuto para jugadores con un MMR cercano al tuyo en tu región (según { $basis } partidas recientes)
queue-estimate-unknown = Todavía no hay suficientes partidas recientes para estimarla
queue-quick-start = Si eres nuevo, empieza aquí: la guía de inicio rápido — { $url }
queue-quick-start-needed = **Antes de tu primera partida**, lee la guía de inicio rápido (instalar el mod, la configuración del lobby, enviar replays): { $url }
    Luego presiona “Ya leí la guía de inicio rápido”.
