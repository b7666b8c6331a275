/**
 * The open-model load generator: an {@link dev.walletplatform.bench.load.ArrivalSchedule} fixes
 * when each request is due, {@link dev.walletplatform.bench.load.OpenLoadGenerator} sends it then
 * whatever the answers before it took, and {@link dev.walletplatform.bench.load.SecondRecorder}
 * keeps what happened per second, latency counted from the intended send time.
 */
package dev.walletplatform.bench.load;
