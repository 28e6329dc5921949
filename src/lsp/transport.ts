// The connection to the editor, from the transport the command line asked for (checked by
// cli/args.ts). Built here rather than by vscode-languageserver reading process.argv, so a bad
// flag is a usage error and a socket nobody listens on is a clear message, not a silent exit.
import { createConnection as netConnect, type Socket } from "node:net";
import { format } from "node:util";
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  SocketMessageReader,
  SocketMessageWriter,
  type Connection,
} from "vscode-languageserver/node";
import type { Transport } from "../cli/args.js";
import { CliError } from "../cli/errors.js";

export async function connect(t: Transport): Promise<Connection> {
  switch (t.kind) {
    case "stdio": {
      // stdout carries the protocol: keep stray console output off it.
      const toStderr = (...args: unknown[]) => void process.stderr.write(format(...args) + "\n");
      console.log = console.info = console.warn = console.error = console.debug = toStderr;
      return createConnection(ProposedFeatures.all, process.stdin, process.stdout);
    }
    case "node-ipc":
      if (!process.send) throw new CliError("lsp --node-ipc: this process was not started with an IPC channel; use --stdio");
      return createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
    case "socket":
    case "pipe": {
      const where = t.kind === "socket" ? `port ${t.port}` : `pipe ${t.name}`;
      const socket = t.kind === "socket" ? netConnect(t.port, "127.0.0.1") : netConnect(t.name);
      await opened(socket, where);
      // The editor went away: so does the server.
      socket.on("close", () => process.exit(0));
      return createConnection(ProposedFeatures.all, new SocketMessageReader(socket), new SocketMessageWriter(socket));
    }
  }
}

function opened(socket: Socket, where: string): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("error", (e: NodeJS.ErrnoException) =>
      reject(new CliError(`lsp: cannot connect to the editor on ${where}: ${e.code === "ECONNREFUSED" ? "nothing is listening there" : e.code === "ENOENT" ? "no such pipe" : e.message}`)),
    );
  });
}
