### account.ftl: la cuenta del jugador — /termsofservice, /setup, /setcountry, /help y /prune.

## /termsofservice

cmd-termsofservice = términos
    .description = Lee y acepta los términos de servicio de la ladder
account-terms-title = Términos de servicio de la ladder
account-terms-body =
    Lee los términos: { $url }

    En resumen: juega limpio, juega con tu propia cuenta, sube replays honestas y reporta los resultados con la verdad. Los admins pueden corregir resultados y banear a quienes rompan las reglas.

    Presiona **Aceptar** para jugar en la ladder.
account-terms-accept = Aceptar
account-terms-decline = Rechazar
account-terms-accepted = ¡Gracias, aceptaste los términos! Ahora usa `/{ cmd-setup }` para registrar tu nombre de jugador, BattleTag, país y región.
account-terms-declined = Rechazaste los términos, así que no puedes jugar en la ladder. Usa `/{ cmd-termsofservice }` de nuevo cuando quieras aceptarlos.

## /setup

cmd-setup = configurar
    .description = Registra o cambia tu nombre de jugador, BattleTag, país y región
account-setup-expired = Este registro ya no está abierto (puede que el bot se haya reiniciado). Usa `/{ cmd-setup }` de nuevo.
account-setup-rejected =
    { $problem }

    Presiona **Reintentar** para corregirlo: el formulario se abre de nuevo con todo lo que escribiste.
account-setup-try-again = Reintentar
account-setup-pick-first = Primero elige tu país y tu región, y luego Confirmar.
account-setup-saved = Guardado. ¡Bienvenido a la ladder, { $name }! Usa `/{ cmd-queue }` para buscar partida.
account-setup-cancelled = Registro cancelado; no se cambió nada.
account-setup-preview-title = Tu registro en la ladder
account-setup-player-name = Nombre de jugador
account-setup-battletag = BattleTag
account-setup-alt-names = Nombres alternativos
account-setup-country = País
account-setup-region = Región
account-setup-none = ninguno
account-setup-country-value = { $flag } { $country }
account-setup-pick-below = elige abajo
account-setup-preview-footer = Elige dónde vives y desde dónde juegas, y luego Confirmar. ¿Tu país no aparece? Elige Otro (ZZ) y usa /{ cmd-setcountry } después.
account-setup-country-placeholder = País ({ $first }–{ $last })
account-setup-confirm = Confirmar
account-setup-restart = Empezar de nuevo
account-setup-cancel = Cancelar
account-setup-form-title = Registro en la ladder
account-setup-form-player-name = Nombre de jugador (tu nombre en el juego)
account-setup-form-battletag = BattleTag (Nombre#1234)
account-setup-form-alt-one = Nombre alternativo (opcional)
account-setup-form-alt-two = Segundo nombre alternativo (opcional)

## /setcountry

cmd-setcountry = país
    .description = Cambia el país que se muestra junto a tu nombre
cmd-setcountry-country = país
    .description = Empieza a escribir el nombre o el código de tu país
account-country-field = País
account-country-preview = ¿Cambiar tu país de { $old } a { $new }?
account-country-not-set = sin definir
account-country-unchanged = Tu país ya es { $country }; no hay nada que cambiar.
account-country-confirm = Cambiarlo
account-country-cancel = Mantener { $old }
account-country-keep-unset = Cancelar
account-country-changed = Tu país ahora es { $country }.
account-country-kept = No se cambió nada: tu país sigue siendo { $country }.

## /help

cmd-help = ayuda
    .description = Los comandos que puedes usar y la guía de inicio rápido
account-help-title = Lo que puedes hacer
account-help-line = `/{ $name }` — { $description }
account-help-start-terms = ¿Eres nuevo? Empieza con `/{ cmd-termsofservice }` y luego `/{ cmd-setup }`: aparecerán más comandos cuando termines el registro.
account-help-start-setup = Siguiente paso: `/{ cmd-setup }` registra tu nombre de jugador, BattleTag, país y región.
account-help-guide = ¿Eres nuevo en la ladder? Lee la [guía de inicio rápido]({ $url }): el mod, la configuración del lobby, las replays.
account-help-dms = Los comandos de la ladder funcionan en un mensaje directo conmigo.

## /prune

cmd-prune = limpiar
    .description = Borra mis mensajes viejos en nuestros MD (pueden volver lento a Discord)
account-prune-prompt =
    { $count ->
        [one] Encontré { $count } mensaje mío en este chat con más de { $age } de antigüedad. ¿Lo borro? Los mensajes de tu partida abierta y este se quedan; borrarlo toma aproximadamente { $seconds } s.
       *[other] Encontré { $count } mensajes míos en este chat con más de { $age } de antigüedad. ¿Los borro? Los mensajes de tu partida abierta y este se quedan; borrarlos toma aproximadamente { $seconds } s.
    }
account-prune-nothing = Ninguno de mis mensajes aquí tiene más de { $age } de antigüedad: no hay nada que borrar.
account-prune-confirm = Borrarlos
account-prune-cancel = Conservarlos
account-prune-working = Borrando { $count } mensajes viejos…
account-prune-done = Listo: borré { $deleted } de mis mensajes viejos aquí.
account-prune-done-with-failures = Listo: borré { $deleted } de mis mensajes viejos aquí; { $failed } no se pudieron borrar.
account-prune-cancelled = No se borró nada.
account-prune-busy = Ya estoy borrando tus mensajes viejos; este mensaje dirá cuando termine.
account-prune-not-here = `/{ cmd-prune }` funciona en tus mensajes directos conmigo.
account-prune-age-minutes = { $minutes } minutos
account-prune-age-hours = { $hours } horas
