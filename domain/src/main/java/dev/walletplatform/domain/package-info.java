/**
 * The wallet domain: money, identifiers and their validation; imports nothing from http, db or
 * kafka.
 */
package dev.walletplatform.domain;
