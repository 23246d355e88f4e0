### common.ftl: mensajes que cualquier función puede usar. Tratamiento: tú (español latinoamericano).

# El nombre de este idioma, tal como aparece en el selector de /language.
language-name = Español (Latinoamérica)

# El bot tuvo un error. $ref es un código corto que el jugador le pasa a un administrador.
error-unexpected = Algo salió mal de nuestro lado. Si sigue pasando, avísale a un administrador y menciona la referencia { $ref }.

# La acción del jugador no tuvo efecto; puede repetirla sin problema.
nothing-changed-try-again = No cambió nada. Vuelve a intentarlo.

# Cuántas veces más puede el jugador cancelar una partida esta temporada. $count es un número entero.
# [many] es la forma de los millones en español ("1 000 000 de cancelaciones").
aborts-left =
    { $count ->
        [0] Ya no te quedan cancelaciones de partida.
        [one] Te queda { $count } cancelación de partida.
        [many] Te quedan { $count } de cancelaciones de partida.
       *[other] Te quedan { $count } cancelaciones de partida.
    }
