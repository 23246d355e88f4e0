### web.ftl: la clasificación pública en la web (/leaderboard): la página, los filtros, la paginación y la página de enlace con error.

web-site = Ladder de { $mod }
web-title = Clasificación · { $site }
web-bad-title = Solicitud incorrecta · { $site }
web-problem = Ese enlace de la clasificación tiene un problema
web-whole = Ver toda la clasificación
web-languages = Idioma

web-unranked-title = sin rango: ninguna partida en el periodo de actividad
web-rank-title = rango { $letter }
web-no-country = sin país
web-no-name = (sin nombre)
web-mmr = MMR
web-wld = V-D-E
web-wld-title = victorias-derrotas-empates
web-empty = Ninguna entrada coincide con estos filtros.
web-rank = Rango
web-player = Jugador
web-race = Raza

web-previous = ‹ Anterior
web-next = Siguiente ›
web-jump = Página { $number } de { $pages }
web-go = Ir

web-any-rank = Cualquier rango
web-unranked = Sin rango
web-races-legend = Razas (ninguna marcada: todas las razas)
web-countries-label = Países (ninguno elegido: todos los países; Ctrl o ⌘ para elegir varios)
web-best = Solo la mejor raza
web-show-unranked = Mostrar también jugadores sin rango
web-apply = Aplicar
web-clear = Quitar todos los filtros
web-summary =
    { $total ->
        [one] { $total } entrada
       *[other] { $total } entradas
    } · página { $page } de { $pages }
web-showing = mostrando { $filters }
web-legend = Una fila por jugador y raza. Los rangos van de S (el mejor) a F entre las entradas con una partida reciente; U = sin rango (ninguna partida en el periodo de actividad), solo se muestra si lo pides. Se actualiza en vivo.
web-legend-json = Los mismos datos en { $json }.
web-json = JSON

web-bad-parameter = Parámetro desconocido { $name }: usa { $known }
web-bad-too-many = Demasiados valores para { $name }: indica como máximo { $max }.
web-bad-repeated = El parámetro { $name } aparece más de una vez: indícalo una sola vez.
web-bad-country = País desconocido { $value }: usa un código ISO 3166-1 de dos letras, como KR, DE o US
web-bad-race = Raza desconocida { $value }: usa una de estas: { $races }
web-bad-rank = Rango desconocido { $value }: usa uno de estos: { $ranks } ({ $unranked } = sin rango)
web-bad-flag = La opción “{ $label }” ({ $name }) debe ser 1 o 0 (se recibió { $value })
web-flag-best = solo la mejor raza
web-flag-unranked = mostrar sin rango
web-bad-page-number = La página debe ser un número entero desde 1 (se recibió { $value })
web-bad-page-range = La página debe estar entre 1 y { $max } (se recibió { $value })
